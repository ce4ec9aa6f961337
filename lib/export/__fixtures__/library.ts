/**
 * Test data for the export and import tests: a library that exercises every hard case of DESIGN §5.5
 * (TeX, braces, quotes, commas, newlines, non-ASCII and particle names, suffixes, 120 authors, journal
 * DOI or none, old ids, stored arXiv entries, key collisions, formula-like cells), plus a deterministic
 * generator for large libraries. Not shipped: only tests import it.
 */
import type { Paper, Rule, SavedPaper } from '../../papers/schema';

const DAY = 86_400_000;
/** 2026-01-01T00:00:00Z: saved times count up from here. */
export const T0 = Date.UTC(2026, 0, 1);
/** 2026-11-28T12:00:00Z: "now" in export tests (midday, so the local date is the 28th everywhere). */
export const NOW = Date.UTC(2026, 10, 28, 12);

export function paper(p: Partial<Paper> & Pick<Paper, 'id' | 'title'>): Paper {
  return { authors: [], abstract: '', categories: [], fetchedAt: { arxiv: T0 }, ...p };
}

export function saved(p: Paper, savedAt: number, extra: Partial<SavedPaper> = {}): SavedPaper {
  return { id: p.id, savedAt, tags: [], paper: p, ...extra };
}

export const VASWANI = paper({
  id: '1706.03762',
  version: 7,
  title: 'Attention Is All You Need',
  authors: [
    'Ashish Vaswani',
    'Noam Shazeer',
    'Niki Parmar',
    'Jakob Uszkoreit',
    'Llion Jones',
    'Aidan N. Gomez',
    'Lukasz Kaiser',
    'Illia Polosukhin',
  ],
  abstract:
    'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. The best performing models also connect the encoder and decoder through an attention mechanism. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.',
  categories: ['cs.CL', 'cs.LG'],
  primaryCategory: 'cs.CL',
  published: '2017-06-12T17:57:34Z',
  updated: '2023-08-02T00:41:18Z',
  comment: '15 pages, 5 figures',
});

/** arXiv's entry for 1706.03762 as https://arxiv.org/bibtex/1706.03762 serves it. */
export const VASWANI_ARXIV_BIBTEX = `@misc{vaswani2023attentionneed,
      title={Attention Is All You Need}, 
      author={Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit and Llion Jones and Aidan N. Gomez and Lukasz Kaiser and Illia Polosukhin},
      year={2023},
      eprint={1706.03762},
      archivePrefix={arXiv},
      primaryClass={cs.CL},
      url={https://arxiv.org/abs/1706.03762}, 
}`;

export const TEX = paper({
  id: '2101.00001',
  version: 2,
  title: 'Sorting in $O(n^2)$ Time via H\\"older\n  Inequalities and \\emph{Sparse} "Quoted", Comma, Words',
  authors: ['Łukasz Müller', '李明', 'H. de Vries'],
  abstract:
    'We prove a bound of $O(n^2)$ using H\\"older.\nIt holds for 50% of {inputs} & #1 items with x_i, "quoted", commas, and a stray } brace.',
  categories: ['cs.DS', 'math.CO'],
  primaryCategory: 'cs.DS',
  published: '2021-01-01T10:00:00Z',
  updated: '2021-03-15T09:30:00Z',
  doi: '10.1103/PhysRevD.1.1',
  journalRef: 'Phys. Rev. D 1, 1 (2021)',
});

export const PARTICLES = paper({
  id: '2203.04567',
  version: 1,
  title: 'On {Broken} Braces } and {Unclosed Ones in Gases',
  authors: ['Johannes Diderik van der Waals', 'John von Neumann', 'Martin Luther King Jr.', 'Henry Ford III'],
  abstract: 'Particles, suffixes and braces.',
  categories: ['physics.chem-ph'],
  primaryCategory: 'physics.chem-ph',
  published: '2022-03-09T00:00:00Z',
  updated: '2022-03-09T00:00:00Z',
});

export const OLD_ID = paper({
  id: 'hep-th/9901001',
  version: 3,
  title: 'Strings on Old-Style Identifiers',
  authors: ['Juan M. Maldacena', 'Edward Witten'],
  abstract: 'An old-scheme paper.',
  categories: ['hep-th'],
  primaryCategory: 'hep-th',
  published: '1999-01-01T00:00:00Z',
  updated: '1999-02-01T00:00:00Z',
  doi: '10.1023/A:1026654312961',
  journalRef: 'Int. J. Theor. Phys. 38 (1999) 1113-1133',
});

/** A stored arXiv entry whose key differs from the one we would generate. */
export const OLD_ID_ARXIV_BIBTEX = `@misc{maldacena1999stringsoldstyle,
      title={Strings on Old-Style Identifiers}, 
      author={Juan M. Maldacena and Edward Witten},
      year={1999},
      eprint={hep-th/9901001},
      archivePrefix={arXiv},
      primaryClass={hep-th},
      doi={https://doi.org/10.1023/A:1026654312961},
      url={https://arxiv.org/abs/hep-th/9901001}, 
}`;

export const MANY_AUTHORS = paper({
  id: '2306.00001',
  version: 1,
  title: 'Results of a Very Large Collaboration',
  authors: Array.from({ length: 120 }, (_, i) => `Given${i + 1} Family${i + 1}`),
  abstract: 'One hundred and twenty authors.',
  categories: ['hep-ex'],
  primaryCategory: 'hep-ex',
  published: '2023-06-01T00:00:00Z',
  updated: '2023-06-01T00:00:00Z',
});

/** Known only from a Hugging Face card: no dates, no categories, no authors. */
export const HF_ONLY = paper({
  id: '2402.00002',
  title: 'The Untitled',
  fetchedAt: { hf: T0 },
});

/** Titles a spreadsheet would run as formulas, and Markdown specials. */
export const FORMULA = paper({
  id: '2405.12345',
  title: "=HYPERLINK(\"http://evil.example\",\"click\") [Brackets] *and* _under_ `code` <b>tag</b> & co",
  authors: ['@Handle Person', '-Minus Sign'],
  abstract: '+1 is an abstract that starts with a plus',
  categories: ['cs.CR'],
  primaryCategory: 'cs.CR',
  published: '2024-05-20T00:00:00Z',
  updated: '2024-05-21T00:00:00Z',
});

export const DASH_TITLE = paper({
  id: '2405.54321',
  title: '-Net: A Network Whose Name Starts With a Dash',
  authors: ['Ana Lima'],
  abstract: '',
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '2024-05-22T00:00:00Z',
  updated: '2024-05-22T00:00:00Z',
});

/** Three papers with one base key (smith2020deeplearningtodaytomorrow); saved in this order, which is not id order. */
export const COLLIDE = ['2001.00003', '2001.00001', '2001.00002'].map((id, i) =>
  paper({
    id,
    title: `Deep Learning Today and Tomorrow: Part ${i + 1}`,
    authors: ['Jane Smith', 'Other Person'],
    abstract: `Part ${i + 1}.`,
    categories: ['cs.LG'],
    primaryCategory: 'cs.LG',
    published: '2020-01-05T00:00:00Z',
    updated: '2020-01-05T00:00:00Z',
  }),
);

export const RULES: Rule[] = [
  { id: 'r1', query: '"second-order" OR hessian', enabled: true, createdAt: T0 },
  { id: 'r2', query: 'ti:diffusion -cat:cs.CV', label: 'diffusion', color: '#ffcc00', enabled: false, createdAt: T0 + 1 },
];

export const SETTINGS = { version: 1, disabledSites: ['example.com'], alerts: { every: 60 } };

/** The fixture library, in saved order. */
export function fixtureLibrary(): SavedPaper[] {
  return [
    saved(VASWANI, T0 + 1 * DAY, { tags: ['transformers', 'to read'], note: 'Classic.\nRe-read §3.' }),
    saved(TEX, T0 + 2 * DAY, {
      tags: ['tex, commas', 'a;b', 'R&D_50%'],
      note: 'Note with "quotes", commas,\r\nCRLF and\nLF lines.',
      readAt: T0 + 3 * DAY,
    }),
    saved(PARTICLES, T0 + 3 * DAY),
    saved(OLD_ID, T0 + 4 * DAY, { bibtex: OLD_ID_ARXIV_BIBTEX, tags: ['hep'] }),
    saved(MANY_AUTHORS, T0 + 5 * DAY),
    saved(HF_ONLY, T0 + 6 * DAY, { tags: ['=SUM(A1:A2)'] }),
    saved(FORMULA, T0 + 7 * DAY, { note: '@mention at the start' }),
    saved(DASH_TITLE, T0 + 8 * DAY),
    saved(COLLIDE[0]!, T0 + 9 * DAY),
    saved(COLLIDE[1]!, T0 + 10 * DAY),
    saved(COLLIDE[2]!, T0 + 11 * DAY, { tags: ['cs.LG', 'deep'] }),
  ];
}

/**
 * A large library, the same on every run: ids 2401.00001… with varied titles, authors and tags.
 */
export function generatedLibrary(n: number): SavedPaper[] {
  const words = ['Sparse', 'Neural', 'Quantum', 'Gauge', 'Diffusion', 'Hölder', 'Graph', 'Bayesian', 'Entropy', 'Flow'];
  const out: SavedPaper[] = [];
  for (let i = 0; i < n; i++) {
    const num = String(i + 1).padStart(5, '0');
    const w = (k: number): string => words[(i * 7 + k * 3) % words.length]!;
    const p = paper({
      id: `2401.${num}`,
      version: (i % 5) + 1,
      title: `${w(0)} ${w(1)} Methods for ${w(2)} Problem ${i}`,
      authors: Array.from({ length: (i % 4) + 1 }, (_, k) => `Author${k} ${w(k)}son`),
      abstract: `Abstract ${i}: ${w(3)} "quoted", with commas,\nand a newline.`,
      categories: ['cs.LG', 'stat.ML'].slice(0, (i % 2) + 1),
      primaryCategory: 'cs.LG',
      published: '2024-01-15T00:00:00Z',
      updated: `2024-0${(i % 9) + 1}-15T00:00:00Z`,
      ...(i % 3 === 0 ? { doi: `10.1000/j.${i}`, journalRef: `J. Test ${i}` } : {}),
    });
    const extra: Partial<SavedPaper> = { tags: i % 2 ? ['even', `t${i % 10}`] : [] };
    if (i % 7 === 0) extra.note = `note ${i}\nline two`;
    if (i % 11 === 0) extra.readAt = T0 + i;
    out.push(saved(p, T0 + i * 1000, extra));
  }
  return out;
}
