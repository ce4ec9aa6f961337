import { describe, expect, it } from 'vitest';
import { foldString } from './fold';

describe('foldString', () => {
  // The cut reads plain text as given and lowercases ASCII capitals as it reads (read-plain.ts, foldAt):
  // right only if folding never produces one. Every code point outside ASCII, alone and after a
  // letter (lowercasing depends on the context for some).
  it('never yields an ASCII capital', () => {
    const capitals: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (/[A-Z]/.test(foldString(c) + foldString(`a${c}`))) capitals.push(cp.toString(16));
    }
    expect(capitals).toEqual([]);
  }, 60_000);
});
