// Static guards on our own source: no eval-like code, and no HTML parsing of strings (remote text is
// rendered only as text). Test files may build fixtures with innerHTML; shipped code may not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';

const shipped = sourceFiles('lib', 'components', 'entrypoints');

const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['string timers', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['innerHTML / outerHTML', /\.(?:inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser on strings', /\bparseFromString\b/],
];

describe('shipped source', () => {
  it('is found (the guard checks something)', () => {
    expect(shipped.length).toBeGreaterThan(3);
  });
  it.each(FORBIDDEN)('has no %s', (_name, pattern) => {
    const hits = shipped.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
