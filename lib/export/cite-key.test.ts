import { describe, expect, it } from 'vitest';
import type { SavedPaper } from '../papers/schema';
import { COLLIDE, OLD_ID, OLD_ID_ARXIV_BIBTEX, T0, VASWANI, paper, saved } from './__fixtures__/library';
import { assignCiteKeys, baseCiteKey, keySuffix, storedEntryKey } from './cite-key';
import { splitName } from './names';

const DAY = 86_400_000;

describe('baseCiteKey (arXiv rule, DESIGN §5.5)', () => {
  const p = (authors: string[], title: string, updated?: string, published?: string) =>
    paper({ id: '2001.00001', authors, title, updated, published });
  const cases: [string, ReturnType<typeof p>, string][] = [
    ['Vaswani (real arXiv key)', VASWANI, 'vaswani2023attentionneed'],
    ['BERT (real arXiv key)', p(['Jacob Devlin'], 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', '2019-05-24'), 'devlin2019bertpretrainingdeepbidirectional'],
    ['particle de', p(['H. de Vries'], 'Neural Networks for Physics', '2020-01-01'), 'devries2020neuralnetworksphysics'],
    ['particles van der', p(['Johannes Diderik van der Waals'], 'Gases', '1873-01-01'), 'vanderwaals1873gases'],
    ['particle von, stopwords first/of/a/on', p(['John von Neumann'], 'First Draft of a Report on the EDVAC', '1945-06-30'), 'vonneumann1945draftreportedvac'],
    ['capitalised particle Van', p(['Ludwig Van Beethoven'], 'Symphony', '1808-01-01'), 'vanbeethoven1808symphony'],
    ['lower-case particle as first word', p(['de Vries'], 'Title', '2020-01-01'), 'devries2020title'],
    ['capitalised first word is a given name: Le Song', p(['Le Song'], 'Kernel Embeddings', '2010-01-01'), 'song2010kernelembeddings'],
    ['Di Wu', p(['Di Wu'], 'Graphs', '2021-01-01'), 'wu2021graphs'],
    ['Jr. dropped', p(['Martin Luther King Jr.'], 'Dream', '1963-08-28'), 'king1963dream'],
    ['", Jr." dropped', p(['Sammy Davis, Jr.'], 'Songs', '1960-01-01'), 'davis1960songs'],
    ['III dropped', p(['Henry Ford III'], 'Cars', '1990-01-01'), 'ford1990cars'],
    ['II dropped', p(['John Smith II'], 'Cars', '1990-01-01'), 'smith1990cars'],
    ['"Family, Given" form', p(['de Vries, Hugo'], 'Plants', '1901-01-01'), 'devries1901plants'],
    ['Polish letter kept', p(['Łukasz Kaiser'], 'Models', '2017-01-01'), 'kaiser2017models'],
    ['umlaut kept', p(['Thomas Müller'], 'Über Graphen', '2019-01-01'), 'müller2019übergraphen'],
    ['CJK single-token name', p(['李明'], 'Learning', '2022-01-01'), '李明2022learning'],
    ['apostrophe and hyphen removed', p(["Anne-Marie O'Brien-Smith"], 'X-Ray Vision', '2000-01-01'), 'obriensmith2000xrayvision'],
    ['one-word name', p(['Vaswani'], 'Attention', '2017-01-01'), 'vaswani2017attention'],
    ['no authors', p([], 'Attention', '2017-01-01'), 'unknown2017attention'],
    ['no dates', p(['Ann Lee'], 'Attention'), 'lee' + 'unknown' + 'attention'],
    ['updated missing: published year', p(['Ann Lee'], 'Attention', undefined, '2015-03-01T00:00:00Z'), 'lee2015attention'],
    ['updated wins over published', p(['Ann Lee'], 'Attention', '2024-01-01T00:00:00Z', '2015-03-01T00:00:00Z'), 'lee2024attention'],
    ['empty title', p(['Ann Lee'], '', '2020-01-01'), 'lee2020unknown'],
    ['only stopwords', p(['Ann Lee'], 'The And Of', '2020-01-01'), 'lee2020unknown'],
    ['punctuation keeps a stopword in ("All?")', p(['Ann Lee'], 'Is It All?', '2020-01-01'), 'lee2020all'],
    ['TeX title', p(['Ann Lee'], '$O(n^2)$ Sorting via H\\"older', '2020-01-01'), 'lee2020on2sortingholder'],
    ['line breaks and double spaces collapse', p(['Ann Lee'], 'Deep\n  Nets  for\tAll Tasks Today', '2020-01-01'), 'lee2020deepnetstaskstoday'],
    ['a punctuation-only word counts as one of the four', p(['Ann Lee'], 'A — Study of Things and Stuff Here', '2020-01-01'), 'lee2020studythingsstuff'],
    ['Greek letters kept, lower-cased', p(['Ann Lee'], 'Δ-Learning Works', '2020-01-01'), 'lee2020δlearningworks'],
    ['digits in names kept', p(['Given1 Family1'], 'Results', '2023-01-01'), 'family12023results'],
    ['upper-case stopwords are stopwords', p(['Ann Lee'], 'THE END OF TIME', '2020-01-01'), 'lee2020endtime'],
  ];
  it.each(cases)('%s', (_name, p, key) => {
    expect(baseCiteKey(p)).toBe(key);
  });
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
});

describe('splitName', () => {
  it.each([
    ['Aidan N. Gomez', { given: 'Aidan N.', family: 'Gomez', suffix: '' }],
    ['H. de Vries', { given: 'H.', family: 'de Vries', suffix: '' }],
    ['Johannes Diderik van der Waals', { given: 'Johannes Diderik', family: 'van der Waals', suffix: '' }],
    ['Martin Luther King, Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['King, Jr., Martin Luther', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['Smith, John, III', { given: 'John', family: 'Smith', suffix: 'III' }],
    ['  Noam   Shazeer ', { given: 'Noam', family: 'Shazeer', suffix: '' }],
    ['李明', { given: '', family: '李明', suffix: '' }],
    ['', { given: '', family: '', suffix: '' }],
    ['Jr Sr', { given: 'Jr', family: 'Sr', suffix: '' }],
  ])('%s', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });
});

describe('storedEntryKey', () => {
  it('reads the key of an arXiv entry', () => {
    expect(storedEntryKey(OLD_ID_ARXIV_BIBTEX)).toBe('maldacena1999stringsoldstyle');
    expect(storedEntryKey('  @misc{ k1 ,\n title={x}}')).toBe('k1');
  });
  it('is null for text that is not an entry', () => {
    for (const s of [undefined, '', '<html>Rate exceeded.</html>', '@misc{no comma}', 'misc{a,']) expect(storedEntryKey(s)).toBeNull();
  });
});

describe('keySuffix', () => {
  it('runs a…z, aa, ab…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(keySuffix)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa']);
  });
});

describe('assignCiteKeys', () => {
  const base = 'smith2020deeplearningtodaytomorrow';
  // COLLIDE[0..2] share one base key; saved in the order 0, 1, 2.
  const lib = COLLIDE.map((p, i) => saved(p, T0 + i * DAY));

  it('gives the earliest saved the key, later ones a, b in saved order, whatever the array order', () => {
    const keys = assignCiteKeys([lib[2]!, lib[0]!, lib[1]!]);
    expect(keys.get(COLLIDE[0]!.id)).toBe(base);
    expect(keys.get(COLLIDE[1]!.id)).toBe(base + 'a');
    expect(keys.get(COLLIDE[2]!.id)).toBe(base + 'b');
  });

  it('breaks savedAt ties by id, so the order is total', () => {
    const same = COLLIDE.map((p) => saved(p, T0));
    const keys = assignCiteKeys(same);
    // Ids sorted: 2001.00001, 2001.00002, 2001.00003.
    expect(keys.get('2001.00001')).toBe(base);
    expect(keys.get('2001.00002')).toBe(base + 'a');
    expect(keys.get('2001.00003')).toBe(base + 'b');
  });

  it('keeps existing keys when a paper is saved later', () => {
    const before = assignCiteKeys(lib.slice(0, 2));
    const after = assignCiteKeys([...lib.slice(0, 2), saved(paper({ ...COLLIDE[0]!, id: '2001.00009' }), T0 + 9 * DAY)]);
    expect(after.get(COLLIDE[0]!.id)).toBe(before.get(COLLIDE[0]!.id));
    expect(after.get(COLLIDE[1]!.id)).toBe(before.get(COLLIDE[1]!.id));
    expect(after.get('2001.00009')).toBe(base + 'b');
  });

  it('hands the key on when the paper that held it is removed (keys are a function of the library)', () => {
    const keys = assignCiteKeys(lib.slice(1));
    expect(keys.get(COLLIDE[1]!.id)).toBe(base);
    expect(keys.get(COLLIDE[2]!.id)).toBe(base + 'a');
  });

  it("never gives a suffixed key that is another paper's own key", () => {
    // Paper X's own key is base + "a" (its title's fourth word is "Tomorrowa").
    const x = saved(paper({ ...COLLIDE[0]!, id: '2001.00100', title: 'Deep Learning Today Tomorrowa' }), T0 + 10 * DAY);
    expect(baseCiteKey(x.paper)).toBe(base + 'a');
    const keys = assignCiteKeys([...lib, x]);
    expect([...keys.values()].sort()).toEqual([base, base + 'a', base + 'b', base + 'c'].sort());
    expect(keys.get('2001.00100')).toBe(base + 'a');
    expect(keys.get(COLLIDE[1]!.id)).toBe(base + 'b');
    expect(keys.get(COLLIDE[2]!.id)).toBe(base + 'c');
  });

  it('goes on to aa after z', () => {
    const many = Array.from({ length: 28 }, (_, i) => saved(paper({ ...COLLIDE[0]!, id: `2001.${String(i + 1).padStart(5, '0')}` }), T0 + i));
    const keys = assignCiteKeys(many);
    expect(keys.get('2001.00001')).toBe(base);
    expect(keys.get('2001.00027')).toBe(base + 'z');
    expect(keys.get('2001.00028')).toBe(base + 'aa');
    expect(new Set(keys.values()).size).toBe(28);
  });

  it('uses the key of a stored arXiv entry', () => {
    const s = saved(OLD_ID, T0, { bibtex: OLD_ID_ARXIV_BIBTEX });
    expect(baseCiteKey(OLD_ID)).toBe('maldacena1999stringsoldstyleidentifiers');
    expect(assignCiteKeys([s]).get(OLD_ID.id)).toBe('maldacena1999stringsoldstyle');
  });

  it('suffixes a stored key that collides with an earlier-saved paper, compared case-insensitively', () => {
    const first = saved(paper({ ...COLLIDE[0]!, id: '2001.00050' }), T0);
    const stored: SavedPaper = saved(COLLIDE[1]!, T0 + DAY, { bibtex: `@misc{Smith2020DeepLearningTodayTomorrow,\n      title={x}, \n}` });
    const keys = assignCiteKeys([stored, first]);
    expect(keys.get('2001.00050')).toBe(base);
    expect(keys.get(COLLIDE[1]!.id)).toBe('Smith2020DeepLearningTodayTomorrowa');
  });
});
