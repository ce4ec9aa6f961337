import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findArxivMentions,
  formatRef,
  isValidArxivId,
  parseArxivId,
  parseArxivRef,
  parsePaperUrl,
  parseUrlLongWay,
  type ArxivRef,
} from './id';

// Written out again from DESIGN §5.1 rather than imported, so the tests do not share a mistake with
// the implementation.
const ARCHIVES = (
  'acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas ' +
  'cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin nucl-ex ' +
  'nucl-th patt-sol physics plasm-ph q-alg q-bio quant-ph solv-int supr-con'
).split(' ');

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const newId = fc
  .record({ yy: fc.integer({ min: 7, max: 99 }), mm: fc.integer({ min: 1, max: 12 }), n: fc.integer({ min: 1, max: 99_999 }) })
  .filter(({ yy, mm }) => yy * 100 + mm >= 704)
  .map(({ yy, mm, n }) => {
    const yymm = pad(yy, 2) + pad(mm, 2);
    const width = +yymm <= 1412 ? 4 : 5;
    return `${yymm}.${pad(n % 10 ** width || 1, width)}`;
  });

const oldYymm = fc
  .record({ yy: fc.constantFrom(91, 92, 93, 94, 95, 96, 97, 98, 99, 0, 1, 2, 3, 4, 5, 6, 7), mm: fc.integer({ min: 1, max: 12 }) })
  .map(({ yy, mm }) => yy * 100 + mm)
  .filter((yymm) => yymm >= 9108 || yymm <= 703)
  .map((yymm) => pad(yymm, 4));

const oldParts = fc.record({
  archive: fc.constantFrom(...ARCHIVES),
  yymm: oldYymm,
  n: fc.integer({ min: 1, max: 999 }),
  subject: fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z-]{0,10}$/), { nil: undefined }),
  hyphenless: fc.boolean(),
});
const oldId = oldParts.map(({ archive, yymm, n }) => `${archive}/${yymm}${pad(n, 3)}`);
const canonicalId = fc.oneof(newId, oldId);
const version = fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null });
const refArb = fc.record({ id: canonicalId, version });

// Spellings of an old id that name the same paper: subject class, archive without its hyphen.
const decoratedOld = oldParts.map(({ archive, yymm, n, subject, hyphenless }) => ({
  canonical: `${archive}/${yymm}${pad(n, 3)}`,
  written: `${hyphenless ? archive.replace('-', '') : archive}${subject ? '.' + subject : ''}/${yymm}${pad(n, 3)}`,
}));

// Every URL form of §5.1, as a function of the id with its version.
const URL_FORMS: ((idv: string, r: ArxivRef) => string)[] = [
  (s) => `https://arxiv.org/abs/${s}`,
  (s) => `http://arxiv.org/abs/${s}/`,
  (s) => `https://www.arxiv.org/abs/${s}?context=cs`,
  (s) => `https://export.arxiv.org/abs/${s}#abstract`,
  (s) => `https://browse.arxiv.org/abs/${s}`,
  (s) => `https://arxiv.org/abs/arXiv:${s}`,
  (s) => `https://arxiv.org/pdf/${s}`,
  (s) => `https://arxiv.org/pdf/${s}.pdf`,
  (s) => `https://arxiv.org/pdf/${s}.ps.gz`,
  (s) => `https://arxiv.org/html/${s}/`,
  (s) => `https://arxiv.org/format/${s}`,
  (s) => `arxiv.org/abs/${s}`,
  (s) => `//arxiv.org/pdf/${s}`,
  (s) => `https://ar5iv.labs.arxiv.org/html/${s}`,
  (s) => `https://ar5iv.org/abs/${s}`,
  (s) => `https://ar5iv.org/html/${s}`,
  (s) => `https://alphaxiv.org/abs/${s}`,
  (s) => `https://www.alphaxiv.org/pdf/${s}`,
  (s) => `https://www.alphaxiv.org/overview/${s}`,
  (s) => `https://huggingface.co/papers/${s}`,
  (s) => `https://hf.co/papers/${s}`,
  (s) => `https://www.huggingface.co/papers/${s}?x=1`,
  (s) => `https://doi.org/10.48550/arXiv.${s}`,
  (s) => `https://dx.doi.org/10.48550/ARXIV.${s.toUpperCase()}`,
  (s) => `https://scirate.com/arxiv/${s}`,
  (s, r) => {
    // arXiv's own ftp layout: the month folder, then the file.
    const slash = r.id.indexOf('/');
    return slash < 0
      ? `https://arxiv.org/ftp/arxiv/papers/${r.id.slice(0, 4)}/${s}.pdf`
      : `https://arxiv.org/ftp/${r.id.slice(0, slash)}/papers/${r.id.slice(slash + 1, slash + 5)}/${s.slice(slash + 1)}.pdf`;
  },
];

// Pieces of ids, prefixes and URLs, so that random strings get close to the accepted language.
const FRAGMENTS = [
  'arXiv:', 'arxiv', 'ARXIV:', ' ', ':', '.', '/', 'v', 'v0', 'v1', 'v12', '0', '1', '9', '12', '2401',
  '1412', '1501', '0703', '0704', '9108', '12345', '1234', '.12345', 'hep-th', 'hepth', 'cond-mat',
  '.mes-hall', 'math', '.GT', '-', 'https://', 'http://', '//', 'arxiv.org', 'www.', 'export.',
  'huggingface.co', 'hf.co', 'doi.org', '10.48550', 'abs/', 'pdf/', 'html/', 'papers/', 'ftp/', '.pdf',
  '.ps.gz', '?', '#', '@', ':443', '(', ')', 'é', '😀', '\n', '%2F', '%3A',
];
const adversarial = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((a) => a.join(''));

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  adversarial,
);

// Whatever a parser returns must itself be a well-formed reference.
function expectWellFormed(r: ArxivRef | null) {
  if (r === null) return;
  expect(isValidArxivId(r.id)).toBe(true);
  if (r.version !== null) {
    expect(Number.isInteger(r.version)).toBe(true);
    expect(r.version).toBeGreaterThan(0);
  }
}

describe('arXiv ids, property-based', () => {
  it('never throws, and only returns well-formed references', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expectWellFormed(parseArxivId(s));
        expectWellFormed(parsePaperUrl(s));
        expectWellFormed(parseArxivRef(s));
        isValidArxivId(s);
        let end = 0;
        for (const m of findArxivMentions(s)) {
          expectWellFormed(m);
          expect(m.index).toBeGreaterThanOrEqual(end);
          end = m.index + m.length;
          expect(end).toBeLessThanOrEqual(s.length);
          expect(parseArxivId(s.slice(m.index, end))).toEqual({ id: m.id, version: m.version });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a generated valid id as itself', () => {
    fc.assert(
      fc.property(canonicalId, (id) => {
        expect(parseArxivId(id)).toEqual({ id, version: null });
        expect(parseArxivRef(id)).toEqual({ id, version: null });
        expect(isValidArxivId(id)).toBe(true);
        expect(parseArxivId(`arXiv:${id}`)).toEqual({ id, version: null });
      }),
      { numRuns: 1000 },
    );
  });

  it('canonicalises old ids written with a subject class or without the hyphen', () => {
    fc.assert(
      fc.property(decoratedOld, version, ({ canonical, written }, v) => {
        const r = parseArxivId(written + (v ? `v${v}` : ''));
        expect(r).toEqual({ id: canonical, version: v });
        // The canonical id is a fixed point.
        expect(parseArxivId(r!.id)).toEqual({ id: canonical, version: null });
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips formatRef and parseArxivId', () => {
    fc.assert(
      fc.property(refArb, (r) => {
        const s = formatRef(r);
        expect(parseArxivId(s)).toEqual(r);
        expect(formatRef(parseArxivId(s)!)).toBe(s);
        expect(isValidArxivId(s)).toBe(r.version === null);
      }),
      { numRuns: 1000 },
    );
  });

  it('parses every URL form built from a valid id back to it', () => {
    fc.assert(
      fc.property(refArb, fc.nat(URL_FORMS.length - 1), (r, i) => {
        const url = URL_FORMS[i]!(formatRef(r), r);
        expect(parsePaperUrl(url)).toEqual(r);
        expect(parseArxivRef(url)).toEqual(r);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects new ids with the wrong number of digits for their month', () => {
    fc.assert(
      fc.property(newId, (id) => {
        const [yymm, num] = id.split('.') as [string, string];
        const other = num.length === 4 ? `${yymm}.${num}0` : `${yymm}.${num.slice(1)}`;
        expect(parseArxivId(other)).toBeNull();
      }),
    );
  });

  it('finds an id mentioned in surrounding text', () => {
    const before = fc.oneof(
      fc.constant(''),
      fc.tuple(fc.string(), fc.constantFrom(' ', '(', '[', '\n', '"', ', ', '— ')).map(([t, sep]) => t + sep),
    );
    const after = fc.oneof(
      fc.constant(''),
      fc.tuple(fc.constantFrom(' ', '.', ',', ')', ';', ']', '\n', '. ', ': '), fc.string()).map(([sep, t]) =>
        // "." straight before a digit reads as a decimal part, which is not a sentence end.
        sep === '.' || sep === ',' ? sep : sep + t,
      ),
    );
    fc.assert(
      fc.property(before, refArb, fc.constantFrom('arXiv:', 'arxiv:', 'ARXIV:', 'arXiv: '), after, (pre, r, prefix, post) => {
        const mention = prefix + formatRef(r);
        const text = pre + mention + post;
        const found = findArxivMentions(text);
        expect(found).toContainEqual({ index: pre.length, length: mention.length, id: r.id, version: r.version });
      }),
      { numRuns: 2000 },
    );
  });

  it('does not find an id glued to a preceding letter or digit, or followed by one', () => {
    fc.assert(
      fc.property(
        refArb,
        fc.constantFrom('X', 'a', '7', 'é', 'Ж'),
        fc.constantFrom('', '7', 'x'),
        (r, glue, tail) => {
          expect(findArxivMentions(`${glue}arXiv:${formatRef(r)}`)).toEqual([]);
          // After a version a digit just makes a longer version, so only ids without one are checked.
          if (tail === 'x' || (tail && r.version === null)) {
            expect(findArxivMentions(`arXiv:${formatRef(r)}${tail}`)).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parsePaperUrl: the short way for common links reads what the long way reads', () => {
  // Pieces the short way's expression spells out, and the near misses around each.
  const scheme = fc.constantFrom('https://', 'http://', 'HTTPS://', '//', ' https://', 'ftp://');
  const host = fc.constantFrom(
    'arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'browse.arxiv.org', 'ARXIV.org', 'arxiv.org:443', 'user@arxiv.org',
    'arxiv.org.', 'ar5iv.org', 'ar5iv.labs.arxiv.org', 'huggingface.co', 'www.huggingface.co', 'hf.co', 'www.hf.co',
    'huggingface.com', 'notarxiv.org', 'alphaxiv.org', 'www.alphaxiv.org', 'scirate.com', 'www.scirate.com', 'doi.org',
    'dx.doi.org', 'www.doi.org', 'doi.org.evil.com',
  );
  const seg = fc.constantFrom(
    'abs', 'pdf', 'html', 'papers', 'format', 'overview', 'arxiv', 'Abs', 'list', 'abs/', '',
    '10.48550/arXiv.', '10.48550/arxiv.', '10.48550/ARXIV.', '10.48550/arXiv', '10.48551/arXiv.',
  );
  const prefix = fc.constantFrom('', 'arXiv:', 'arxiv:', 'arXiv%3A', 'ARXIV:');
  const number = fc.oneof(
    newId,
    fc.constantFrom('2401.123456', '2413.10001', '0703.1234', '1412.12345', '1501.1234', '2401.00000', 'hep-th/9901001', '2401.1000'),
  );
  const version = fc.constantFrom('', 'v1', 'v2', 'v12', 'v0', 'v01', 'V2');
  const suffix = fc.constantFrom('', '.pdf', '.PDF', '.ps.gz', '/', '//', '.pdf/', 'x', '.5');
  const tail = fc.constantFrom('', '?context=cs.LG', '#S2', '/#S2', ' ', '\n', '?', '#community');
  const url = fc
    .tuple(scheme, host, seg, prefix, number, version, suffix, tail)
    .map(([a, b, c, d, e, f, g, h]) => `${a}${b}/${c}${c.endsWith('.') ? '' : '/'}${d}${e}${f}${g}${h}`);

  it('for generated links around the common forms', () => {
    fc.assert(
      fc.property(url, (u) => {
        expect(parsePaperUrl(u)).toEqual(parseUrlLongWay(u));
      }),
      { numRuns: 5_000 },
    );
  });

  it('and the common forms do resolve (the short way is not a dead branch)', () => {
    for (const u of [
      'https://arxiv.org/abs/2401.10001',
      'https://arxiv.org/pdf/2401.10001v2',
      'https://arxiv.org/pdf/2401.10001v3.pdf',
      'https://arxiv.org/html/2401.10001v1/#S2',
      'http://export.arxiv.org/abs/2401.10001?context=cs.LG',
      'https://www.arxiv.org/abs/arXiv:2401.10001',
      'https://huggingface.co/papers/2401.10001',
      'https://hf.co/papers/2401.10001#community',
      'https://doi.org/10.48550/arXiv.2401.10001',
      'https://ar5iv.labs.arxiv.org/html/2401.10001',
      'https://alphaxiv.org/overview/2401.10001',
      'https://scirate.com/arxiv/2401.10001',
    ]) {
      expect(parsePaperUrl(u), u).toEqual(parseUrlLongWay(u));
      expect(parsePaperUrl(u)?.id, u).toBe('2401.10001');
    }
  });
});

describe('findArxivMentions against its lookaround definition', () => {
  // The definition the scanner replaced (lib/arxiv/id.ts checks the neighbours by hand): a mention is
  // not glued to a letter or number of any script before it, nor followed by one or by ".digit".
  const ID = '(?:(\\d{4})\\.(\\d{4,5})|([a-z]+(?:-[a-z]+)?)(?:\\.[A-Za-z][A-Za-z-]{0,15})?\\/(\\d{7}))(?:v([1-9]\\d{0,8}))?';
  const DEFINITION = new RegExp('(?<![\\p{L}\\p{N}])[aA][rR][xX][iI][vV]: ?' + ID + '(?![\\p{L}\\p{N}]|\\.\\d)', 'gu');
  const byDefinition = (text: string) =>
    [...text.matchAll(DEFINITION)].flatMap((m) => {
      const ref = parseArxivId(m[0]);
      return ref ? [{ index: m.index, length: m[0].length, id: ref.id, version: ref.version }] : [];
    });
  // Pieces that meet at every kind of boundary: ids old and new, versions, glue of several scripts,
  // astral letters and symbols (surrogate pairs), lone surrogates, numbers outside ASCII, decimals.
  const piece = fc.constantFrom(
    'arXiv:', 'ARXIV: ', 'arxiv:', 'ArXiv:', '2401.12345', '1412.1234', '1412.12345', '0704.0001', 'hep-th/9901001',
    'math.GT/0309136', 'cond-mat/0102536', 'v2', 'v12', 'v0', '.', '.5', '5', '0', 'x', 'X', 'é', 'Ж', '𝐀', '😀', '²', '٣',
    ' ', ', ', '(', ')', '\uD835', '\uDC00', '-', '/',
  );

  it('finds exactly what the lookaround pattern finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(findArxivMentions(text), JSON.stringify(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 5000 },
    );
  });
});
