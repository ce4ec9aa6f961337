// The index of all terms of all rules (see scan.ts for how a field is read against it). A "unit"
// is what one query term looks for in a field: its folded words in order ("second order",
// "optim*", "hessian"). Hyphen, space and no space between word parts are alike (DESIGN §5.6): a
// unit matches where the concatenation of consecutive text words equals one of its spellings, so
// "first order", "first-order" and "firstorder" all spell "firstorder", and the text "DeepZero"
// matches the query "deep zero". Matches start and end on word boundaries (whole words; a
// wildcard's last word may end inside one).
//
// The index holds "anchors": the first one, two or three query words of each unit joined. A text
// word alone or joined with the next one or two that equals an anchor either is a match (the
// anchor is a whole spelling) or starts one (a longer phrase, then checked word by word). So a
// query word matches one text word or a compound of two or three, and a phrase matches its words
// in order with the same allowance. Wildcard spellings have their own table, probed with prefixes
// of the text. Prefix filters (prefix-filter.ts) let the scan skip most words at once.

import { PrefixFilter } from './prefix-filter';
import { WordTable } from './word-table';

export interface Unit {
  /** The folded query words. */
  words: string[];
  /** Concatenated spellings: the words joined, with the plural/singular variants of the last one. */
  spellings: string[];
  /** The spelling may end inside the last text word (`optim*`, or an author's initial). */
  prefix: boolean;
  maxWords: number;
}

export interface Entry {
  unit: number;
  /** The anchor is the whole spelling: a match as it stands. Otherwise check these spellings. */
  complete: boolean;
  spellings: string[];
  prefix: boolean;
  maxWords: number;
  /** Length of the anchor: every spelling begins with it, so checking a spelling starts after it. */
  skip: number;
  /** The character every spelling has after the anchor (its next word's first; -1: complete). */
  next: number;
}

export interface PhraseIndex {
  readonly units: readonly Unit[];
  readonly anchors: WordTable;
  /**
   * The entries of anchor `id` are entries[firstEntry[id]] to entries[firstEntry[id + 1] - 1];
   * entryUnit and entryNext hold their `unit` and `next` in typed arrays, which is all the scan
   * reads of most of them (a few cache lines for all anchors, where the objects are scattered).
   */
  readonly firstEntry: Int32Array;
  readonly entryUnit: Int32Array;
  readonly entryNext: Int32Array;
  readonly entries: readonly Entry[];
  readonly wild: WordTable;
  readonly wildUnits: readonly number[][];
  /** wildLengths[n] = 1 when some wildcard spelling has n chars. */
  readonly wildLengths: Uint8Array;
  /** Length of the shortest wildcard spelling (0: none). */
  readonly wildShortest: number;
  /** Every prefix of every anchor, and of every wildcard spelling. */
  readonly anchorPrefixes: PrefixFilter;
  readonly wildPrefixes: PrefixFilter;
}

/** A query word matches at most this many text words joined; anchors join as many query words. */
export const MAX_JOINED = 3;

export function buildIndex(units: readonly Unit[]): PhraseIndex {
  const anchors = new WordTable();
  const entries: Entry[][] = [];
  const wild = new WordTable();
  const wildUnits: number[][] = [];
  let longest = 0;
  const addAnchor = (key: string, entry: Entry): void => {
    (entries[anchors.add(key)] ??= []).push(entry);
  };
  units.forEach((u, unit) => {
    const { words, spellings, prefix, maxWords } = u;
    const partial = { unit, complete: false, spellings, prefix, maxWords };
    for (let j = 1; j <= Math.min(words.length - 1, MAX_JOINED); j++) {
      const anchor = words.slice(0, j).join('');
      addAnchor(anchor, { ...partial, skip: anchor.length, next: words[j]?.charCodeAt(0) ?? -1 });
    }
    if (!prefix) {
      if (words.length <= MAX_JOINED) {
        for (const s of spellings) addAnchor(s, { ...partial, complete: true, skip: s.length, next: -1 });
      }
      return;
    }
    for (const s of spellings) {
      (wildUnits[wild.add(s)] ??= []).push(unit);
      longest = Math.max(longest, s.length);
    }
  });
  const wildLengths = new Uint8Array(longest + 1);
  for (const key of wild.keys) wildLengths[key.length] = 1;
  const wildShortest = wildLengths.indexOf(1) > 0 ? wildLengths.indexOf(1) : 0;
  anchors.seal();
  wild.seal();
  const anchorPrefixes = new PrefixFilter(anchors.keys);
  const wildPrefixes = new PrefixFilter(wild.keys);
  const flat = anchors.keys.flatMap((_, id) => entries[id] ?? []);
  const firstEntry = new Int32Array(anchors.keys.length + 1);
  anchors.keys.forEach((_, id) => (firstEntry[id + 1] = (firstEntry[id] as number) + (entries[id]?.length ?? 0)));
  return {
    units,
    anchors,
    firstEntry,
    entryUnit: Int32Array.from(flat, (e) => e.unit),
    entryNext: Int32Array.from(flat, (e) => e.next),
    entries: flat,
    wild,
    wildUnits,
    wildLengths,
    wildShortest,
    anchorPrefixes,
    wildPrefixes,
  };
}
