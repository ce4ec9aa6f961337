import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from './stopwords';

// The module is a copy of the fixture (the extension cannot read files at run time); they must agree.
describe('STOPWORDS', () => {
  const file = readFileSync(new URL('../../tests/fixtures/bibtex-key-stopwords.txt', import.meta.url), 'utf8');
  const words = file.split('\n').filter((w) => w !== '');

  it('holds exactly the words of tests/fixtures/bibtex-key-stopwords.txt', () => {
    expect(words.length).toBe(317);
    expect([...STOPWORDS].sort()).toEqual([...new Set(words)].sort());
  });

  it('is lower case, one word per entry', () => {
    for (const w of STOPWORDS) expect(w).toMatch(/^[a-z]+$/);
  });
});
