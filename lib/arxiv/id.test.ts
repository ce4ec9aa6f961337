import { describe, expect, it } from 'vitest';
import {
  findArxivMentions,
  formatRef,
  isPaperHost,
  isValidArxivId,
  parseArxivId,
  parseArxivRef,
  parsePaperUrl,
  type ArxivRef,
} from './id';

type Expected = [id: string, version: number | null] | null;

const ref = (e: Expected): ArxivRef | null => (e ? { id: e[0], version: e[1] } : null);

// Bare ids, as parseArxivId sees them.
const ID_CASES: [string, Expected][] = [
  // new scheme, five digits
  ['2401.12345', ['2401.12345', null]],
  ['2401.12345v1', ['2401.12345', 1]],
  ['2401.12345v2', ['2401.12345', 2]],
  ['2401.12345v12', ['2401.12345', 12]],
  ['2401.12345v123', ['2401.12345', 123]],
  ['2401.12345v10', ['2401.12345', 10]],
  ['2401.12345v0', null],
  ['2401.12345v01', null],
  ['2401.12345v', null],
  ['2401.12345V2', null],
  ['2401.12345v1234567890', null],
  ['arXiv:2401.12345v2', ['2401.12345', 2]],
  ['arxiv:2401.12345', ['2401.12345', null]],
  ['ARXIV:2401.12345', ['2401.12345', null]],
  ['ArXiv:2401.12345v3', ['2401.12345', 3]],
  ['arXiv: 2401.12345', ['2401.12345', null]],
  ['arXiv:  2401.12345', null],
  ['arXiv 2401.12345', null],
  ['arXiv2401.12345', null],
  ['  2401.12345v2\n', ['2401.12345', 2]],
  ['\t arXiv:2401.12345 ', ['2401.12345', null]],
  ['2401.1234', null],
  ['2401.123456', null],
  ['2401.00000', null],
  ['2401.00001', ['2401.00001', null]],
  ['2312.99999', ['2312.99999', null]],
  // the 1412/1501 switch from four to five digits
  ['1412.1234', ['1412.1234', null]],
  ['1412.12345', null],
  ['1501.1234', null],
  ['1501.00001', ['1501.00001', null]],
  ['1501.12345v4', ['1501.12345', 4]],
  ['1001.5000', ['1001.5000', null]],
  ['1001.50000', null],
  // the 0703/0704 switch between the schemes
  ['0704.0001', ['0704.0001', null]],
  ['0704.0001v2', ['0704.0001', 2]],
  ['0703.0001', null],
  ['0612.1234', null],
  ['0704.00001', null],
  ['0704.0000', null],
  // months
  ['2400.12345', null],
  ['2413.12345', null],
  ['2412.12345', ['2412.12345', null]],
  ['0713.1234', null],
  ['9901.12345', ['9901.12345', null]],
  // old scheme, every archive once
  ['acc-phys/9609002', ['acc-phys/9609002', null]],
  ['adap-org/9507001', ['adap-org/9507001', null]],
  ['alg-geom/9202001', ['alg-geom/9202001', null]],
  ['ao-sci/9503001', ['ao-sci/9503001', null]],
  ['astro-ph/0603449', ['astro-ph/0603449', null]],
  ['atom-ph/9512001', ['atom-ph/9512001', null]],
  ['bayes-an/9601001', ['bayes-an/9601001', null]],
  ['chao-dyn/9812001', ['chao-dyn/9812001', null]],
  ['chem-ph/9410001', ['chem-ph/9410001', null]],
  ['cmp-lg/9404001', ['cmp-lg/9404001', null]],
  ['comp-gas/9306001', ['comp-gas/9306001', null]],
  ['cond-mat/0102536', ['cond-mat/0102536', null]],
  ['cs/9901001', ['cs/9901001', null]],
  ['dg-ga/9702001', ['dg-ga/9702001', null]],
  ['funct-an/9605001', ['funct-an/9605001', null]],
  ['gr-qc/9811018', ['gr-qc/9811018', null]],
  ['hep-ex/0307015', ['hep-ex/0307015', null]],
  ['hep-lat/0011040', ['hep-lat/0011040', null]],
  ['hep-ph/0703001', ['hep-ph/0703001', null]],
  ['hep-th/9108001', ['hep-th/9108001', null]],
  ['math/0309136', ['math/0309136', null]],
  ['math-ph/0001001', ['math-ph/0001001', null]],
  ['mtrl-th/9411001', ['mtrl-th/9411001', null]],
  ['nlin/0201001', ['nlin/0201001', null]],
  ['nucl-ex/0101001', ['nucl-ex/0101001', null]],
  ['nucl-th/9901001', ['nucl-th/9901001', null]],
  ['patt-sol/9707001', ['patt-sol/9707001', null]],
  ['physics/0601001', ['physics/0601001', null]],
  ['plasm-ph/9502001', ['plasm-ph/9502001', null]],
  ['q-alg/9701001', ['q-alg/9701001', null]],
  ['q-bio/0401001', ['q-bio/0401001', null]],
  ['quant-ph/0512123', ['quant-ph/0512123', null]],
  ['solv-int/9901001', ['solv-int/9901001', null]],
  ['supr-con/9608001', ['supr-con/9608001', null]],
  // old scheme: versions, date bounds, numbers
  ['hep-th/9901001v3', ['hep-th/9901001', 3]],
  ['hep-th/9901001v10', ['hep-th/9901001', 10]],
  ['hep-th/9901001v0', null],
  ['arXiv:hep-th/9901001v2', ['hep-th/9901001', 2]],
  ['hep-th/9107001', null],
  ['hep-th/9108999', ['hep-th/9108999', null]],
  ['hep-ph/0704001', null],
  ['hep-th/9913001', null],
  ['hep-th/9900001', null],
  ['math/0000001', null],
  ['hep-th/9901000', null],
  ['hep-th/990100', null],
  ['hep-th/99010011', null],
  ['hep-th/1201001', null],
  ['stat/0601001', null],
  ['q-fin/0601001', null],
  ['foo-bar/9901001', null],
  ['constructor/9901001', null],
  ['HEP-TH/9901001', null],
  ['hep-th/9901001/', null],
  // subject classes are dropped
  ['math.GT/0309136', ['math/0309136', null]],
  ['math.GT/0309136v2', ['math/0309136', 2]],
  ['math.AG/0105001', ['math/0105001', null]],
  ['cs.AI/0101001', ['cs/0101001', null]],
  ['cs.LG/0212012v1', ['cs/0212012', 1]],
  ['nlin.CD/0201001', ['nlin/0201001', null]],
  ['q-bio.PE/0401001', ['q-bio/0401001', null]],
  ['physics.optics/0601001', ['physics/0601001', null]],
  ['cond-mat.mes-hall/0102536', ['cond-mat/0102536', null]],
  ['cond-mat.stat-mech/0601001v3', ['cond-mat/0601001', 3]],
  ['math.gt/0309136', ['math/0309136', null]],
  ['math./0309136', null],
  ['math.G1/0309136', null],
  // hyphen-less archives (§5.4)
  ['hepth/9901001', ['hep-th/9901001', null]],
  ['hepth/9901001v3', ['hep-th/9901001', 3]],
  ['condmat/0102536', ['cond-mat/0102536', null]],
  ['astroph/0603449', ['astro-ph/0603449', null]],
  ['quantph/0512123', ['quant-ph/0512123', null]],
  ['grqc/9811018', ['gr-qc/9811018', null]],
  ['hepph/0307015', ['hep-ph/0307015', null]],
  ['mathph/0001001', ['math-ph/0001001', null]],
  ['qbio/0401001', ['q-bio/0401001', null]],
  ['condmat.mes-hall/0102536', ['cond-mat/0102536', null]],
  // not ids
  ['', null],
  ['   ', null],
  ['arXiv:', null],
  ['1.2.3', null],
  ['v2.1', null],
  ['2024.01.15', null],
  ['2024-01-15', null],
  ['192.168.1.1', null],
  ['10.0.1.12345', null],
  ['10.1103/PhysRevD.76.013009', null],
  ['10.1000/1234.5678', null],
  ['2401.12345.pdf', null],
  ['2401.12345 2402.00001', null],
  ['x2401.12345', null],
  ['2401.12345x', null],
  ['２４０１.１２３４５', null],
];

// URLs, as parsePaperUrl sees them.
const URL_CASES: [string, Expected][] = [
  ['https://arxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['http://arxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org/abs/2401.12345v2', ['2401.12345', 2]],
  ['https://arxiv.org/abs/2401.12345v12/', ['2401.12345', 12]],
  ['https://arxiv.org/abs/2401.12345/', ['2401.12345', null]],
  ['https://www.arxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['https://export.arxiv.org/abs/2401.12345v1', ['2401.12345', 1]],
  ['https://browse.arxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['HTTPS://ArXiv.Org/abs/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org./abs/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org:443/abs/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org/abs/2401.12345?context=cs.LG', ['2401.12345', null]],
  ['https://arxiv.org/abs/2401.12345v3#S2', ['2401.12345', 3]],
  ['https://arxiv.org/abs/2401.12345/?utm_source=x&y=2501.00001#frag', ['2401.12345', null]],
  ['https://arxiv.org/abs/arXiv:2401.12345', ['2401.12345', null]],
  ['https://arxiv.org/abs/arxiv:2401.12345v2', ['2401.12345', 2]],
  ['https://arxiv.org/abs/hep-th/9901001', ['hep-th/9901001', null]],
  ['https://arxiv.org/abs/hep-th/9901001v2', ['hep-th/9901001', 2]],
  ['https://arxiv.org/abs/math.GT/0309136', ['math/0309136', null]],
  ['https://arxiv.org/abs/hepth/9901001', ['hep-th/9901001', null]],
  ['https://arxiv.org/abs/cond-mat.mes-hall/0102536v1', ['cond-mat/0102536', 1]],
  ['https://arxiv.org/pdf/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org/pdf/2401.12345v2', ['2401.12345', 2]],
  ['https://arxiv.org/pdf/2401.12345.pdf', ['2401.12345', null]],
  ['https://arxiv.org/pdf/2401.12345v2.pdf', ['2401.12345', 2]],
  ['http://export.arxiv.org/pdf/2401.12345v2.pdf?download=1', ['2401.12345', 2]],
  ['https://arxiv.org/pdf/1412.1234v1.pdf', ['1412.1234', 1]],
  ['https://arxiv.org/pdf/hep-th/9901001', ['hep-th/9901001', null]],
  ['https://arxiv.org/pdf/hep-th/9901001v1.pdf', ['hep-th/9901001', 1]],
  ['https://arxiv.org/pdf/math.GT/0309136v2', ['math/0309136', 2]],
  ['https://arxiv.org/pdf/hep-th/9901001.ps.gz', ['hep-th/9901001', null]],
  ['https://arxiv.org/pdf/hep-th/9901001v2.gz', ['hep-th/9901001', 2]],
  ['https://arxiv.org/html/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org/html/2401.12345v2/', ['2401.12345', 2]],
  ['https://arxiv.org/html/2401.12345v2#S3.SS1', ['2401.12345', 2]],
  ['https://arxiv.org/format/2401.12345', ['2401.12345', null]],
  ['https://arxiv.org/format/hep-th/9901001v1', ['hep-th/9901001', 1]],
  ['https://arxiv.org/ftp/arxiv/papers/0704/0704.0001.pdf', ['0704.0001', null]],
  ['https://arxiv.org/ftp/arxiv/papers/1501/1501.00001v2.pdf', ['1501.00001', 2]],
  ['https://arxiv.org/ftp/arxiv/papers/0705/0704.0001.pdf', null],
  ['https://arxiv.org/ftp/hep-th/papers/9901/9901001.pdf', ['hep-th/9901001', null]],
  ['https://arxiv.org/ftp/math/papers/0309/0309136.ps.gz', ['math/0309136', null]],
  ['https://arxiv.org/ftp/hep-th/papers/9902/9901001.pdf', null],
  ['https://arxiv.org/ftp/arxiv/papers/0704/', null],
  ['arxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['www.arxiv.org/pdf/2401.12345v2', ['2401.12345', 2]],
  ['//arxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['//arxiv.org/abs/hep-th/9901001v5', ['hep-th/9901001', 5]],
  ['  https://arxiv.org/abs/2401.12345  ', ['2401.12345', null]],
  ['https://ar5iv.labs.arxiv.org/html/2401.12345', ['2401.12345', null]],
  ['https://ar5iv.labs.arxiv.org/html/hep-th/9901001', ['hep-th/9901001', null]],
  ['https://ar5iv.labs.arxiv.org/abs/2401.12345', null],
  ['https://ar5iv.org/abs/2401.12345', ['2401.12345', null]],
  ['https://ar5iv.org/html/1910.06709v3', ['1910.06709', 3]],
  ['https://ar5iv.org/pdf/2401.12345', null],
  ['https://www.alphaxiv.org/abs/2401.12345', ['2401.12345', null]],
  ['https://alphaxiv.org/abs/2401.12345v2', ['2401.12345', 2]],
  ['https://www.alphaxiv.org/overview/2401.12345', ['2401.12345', null]],
  ['https://www.alphaxiv.org/pdf/2401.12345v1', ['2401.12345', 1]],
  ['https://www.alphaxiv.org/abs/some-blog-post-slug', null],
  ['https://www.alphaxiv.org/overview/6734bd9f0ac35a5f5ad4c7a2', null],
  ['https://www.alphaxiv.org/explore', null],
  ['https://huggingface.co/papers/2401.12345', ['2401.12345', null]],
  ['https://huggingface.co/papers/2401.12345#community', ['2401.12345', null]],
  ['https://www.huggingface.co/papers/2401.12345', ['2401.12345', null]],
  ['https://hf.co/papers/2401.12345', ['2401.12345', null]],
  ['https://www.hf.co/papers/2401.12345', ['2401.12345', null]],
  ['https://huggingface.co/papers', null],
  ['https://huggingface.co/papers?date=2024-01-15', null],
  ['https://huggingface.co/papers/date/2024-01-15', null],
  ['https://huggingface.co/papers/week/2024-W03', null],
  ['https://huggingface.co/papers/month/2024-01', null],
  ['https://huggingface.co/papers/trending', null],
  ['https://huggingface.co/2401.12345', null],
  ['https://huggingface.co/datasets/2401.12345', null],
  ['https://doi.org/10.48550/arXiv.2401.12345', ['2401.12345', null]],
  ['https://doi.org/10.48550/ARXIV.2401.12345', ['2401.12345', null]],
  ['https://doi.org/10.48550/arxiv.2401.12345', ['2401.12345', null]],
  ['https://dx.doi.org/10.48550/arXiv.1412.1234', ['1412.1234', null]],
  ['http://dx.doi.org/10.48550/arXiv.2401.12345', ['2401.12345', null]],
  ['https://doi.org/10.48550/arXiv.hep-th/9901001', ['hep-th/9901001', null]],
  ['https://doi.org/10.48550/ARXIV.HEP-TH/9901001', ['hep-th/9901001', null]],
  ['https://doi.org/10.48550/arXiv.hep-th%2F9901001', ['hep-th/9901001', null]],
  ['https://doi.org/10.1103/PhysRevD.76.013009', null],
  ['https://doi.org/10.1000/1234.5678', null],
  ['https://doi.org/10.48550/2401.12345', null],
  ['https://doi.org/10.48551/arXiv.2401.12345', null],
  ['https://scirate.com/arxiv/2401.12345', ['2401.12345', null]],
  ['https://scirate.com/arxiv/hep-th/9901001', ['hep-th/9901001', null]],
  ['https://scirate.com/papers/2401.12345', null],
  // not papers
  ['https://arxiv.org/a/smith_j_1', null],
  ['https://arxiv.org/a/smith_j_1.html', null],
  ['https://arxiv.org/list/cs.LG/new', null],
  ['https://arxiv.org/list/hep-th/9901001', null],
  ['https://arxiv.org/search/?query=2401.12345', null],
  ['https://arxiv.org/search/cs?query=x', null],
  ['https://arxiv.org/', null],
  ['https://arxiv.org', null],
  ['https://arxiv.org/abs/', null],
  ['https://arxiv.org/abs/2401.1234', null],
  ['https://arxiv.org/abs/1412.12345', null],
  ['https://arxiv.org/abs/2401.12345v0', null],
  ['https://arxiv.org/abs/2401.12345/extra', null],
  ['https://arxiv.org/abs/2024.01.15', null],
  ['https://arxiv.org/abs/1.2.3', null],
  ['https://arxiv.org/2401.12345', null],
  ['https://arxiv.org/ABS/2401.12345', null],
  ['https://notarxiv.org/abs/2401.12345', null],
  ['https://arxiv.org.evil.com/abs/2401.12345', null],
  ['https://evil.com/arxiv.org/abs/2401.12345', null],
  ['https://evil.com/?u=https://arxiv.org/abs/2401.12345', null],
  ['https://myarxiv.org/abs/2401.12345', null],
  ['https://arxiv.com/abs/2401.12345', null],
  ['https://arxiv.org@evil.com/abs/2401.12345', null],
  ['ftp://arxiv.org/abs/2401.12345', null],
  ['javascript:alert(1)//arxiv.org/abs/2401.12345', null],
  ['https://192.168.1.1/abs/2401.12345', null],
  ['https://10.0.1.12345/', null],
  ['http://example.com/v2.1/1.2.3', null],
  ['abs/2401.12345', null],
  ['/abs/2401.12345', null],
  ['https://arxiv.org/abs/2401.12345 trailing words', null],
  ['https://arxiv.org/abs/2401.12345v2.pdf', ['2401.12345', 2]],
  ['https://arxiv.org/pdf/2401.12345v2.docx', null],
  ['', null],
  ['not a url', null],
];

describe('parseArxivId', () => {
  it.each(ID_CASES)('%j → %j', (input, expected) => {
    expect(parseArxivId(input)).toEqual(ref(expected));
    expect(parseArxivRef(input)).toEqual(ref(expected));
    // A bare id is not a URL.
    expect(parsePaperUrl(input)).toBeNull();
  });
});

describe('parsePaperUrl', () => {
  it.each(URL_CASES)('%j → %j', (input, expected) => {
    expect(parsePaperUrl(input)).toEqual(ref(expected));
    expect(parseArxivRef(input)).toEqual(ref(expected));
    expect(parseArxivId(input)).toBeNull();
  });
});

it('has a large enough table', () => {
  expect(ID_CASES.length + URL_CASES.length).toBeGreaterThanOrEqual(170);
});

type M = [index: number, length: number, id: string, version: number | null];

const MENTION_CASES: [string, M[]][] = [
  ['arXiv:2401.12345', [[0, 16, '2401.12345', null]]],
  ['see arXiv:2401.12345.', [[4, 16, '2401.12345', null]]],
  ['see arXiv:2401.12345v2.', [[4, 18, '2401.12345', 2]]],
  ['see arXiv:2401.12345v12, then', [[4, 19, '2401.12345', 12]]],
  ['(arXiv:2401.12345)', [[1, 16, '2401.12345', null]]],
  ['[arXiv:2401.12345v3]', [[1, 18, '2401.12345', 3]]],
  ['"arXiv:2401.12345"', [[1, 16, '2401.12345', null]]],
  ['arXiv:2401.12345; arXiv:2402.00001', [[0, 16, '2401.12345', null], [18, 16, '2402.00001', null]]],
  ['arXiv:2401.12345,arXiv:hep-th/9901001v2', [[0, 16, '2401.12345', null], [17, 22, 'hep-th/9901001', 2]]],
  ['a arXiv:1412.1234 and b arXiv:1501.00001!', [[2, 15, '1412.1234', null], [24, 16, '1501.00001', null]]],
  ['ARXIV:2401.12345', [[0, 16, '2401.12345', null]]],
  ['arxiv:2401.12345', [[0, 16, '2401.12345', null]]],
  ['arXiv: 2401.12345 is good', [[0, 17, '2401.12345', null]]],
  ['arXiv:  2401.12345', []],
  ['arXiv 2401.12345', []],
  ['XarXiv:2401.12345', []],
  ['5arXiv:2401.12345', []],
  ['éarXiv:2401.12345', []],
  ['arXiv:2401.123456', []],
  ['arXiv:2401.12345v', []],
  ['arXiv:2401.12345v0', []],
  ['arXiv:2401.12345abc', []],
  ['arXiv:1201.1234.5678', []],
  ['arXiv:1412.12345', []],
  ['arXiv:1501.1234 only four', []],
  ['arXiv:2413.12345', []],
  ['the paper arXiv:hep-th/9901001.', [[10, 20, 'hep-th/9901001', null]]],
  ['arXiv:math.GT/0309136v2 shows', [[0, 23, 'math/0309136', 2]]],
  ['arXiv:hepth/9901001', [[0, 19, 'hep-th/9901001', null]]],
  ['arXiv:cond-mat.mes-hall/0102536', [[0, 31, 'cond-mat/0102536', null]]],
  ['arXiv:hep-th/99010012', []],
  ['arXiv:HEP-TH/9901001', []],
  ['2401.12345 without prefix', []],
  ['https://arxiv.org/abs/2401.12345', []],
  ['line\narXiv:2401.12345\n', [[5, 16, '2401.12345', null]]],
  ['emoji 😀arXiv:2401.12345', [[8, 16, '2401.12345', null]]],
  ['x arXiv:2401.12345v2 y arXiv:bogus z arXiv:0704.0001', [[2, 18, '2401.12345', 2], [37, 15, '0704.0001', null]]],
  ['', []],
];

describe('findArxivMentions', () => {
  it.each(MENTION_CASES)('%j', (text, expected) => {
    const found = findArxivMentions(text);
    expect(found).toEqual(expected.map(([index, length, id, version]) => ({ index, length, id, version })));
    for (const m of found) {
      expect(parseArxivId(text.slice(m.index, m.index + m.length))).toEqual({ id: m.id, version: m.version });
    }
  });

  it('is not confused by a previous call (no shared regex state)', () => {
    const text = 'arXiv:2401.12345 arXiv:2402.00001';
    expect(findArxivMentions(text)).toHaveLength(2);
    expect(findArxivMentions(text)).toHaveLength(2);
  });
});

describe('isValidArxivId', () => {
  it.each([
    ['2401.12345', true],
    ['1412.1234', true],
    ['0704.0001', true],
    ['hep-th/9901001', true],
    ['math/0309136', true],
    ['cond-mat/0102536', true],
    ['2401.12345v2', false],
    ['arXiv:2401.12345', false],
    [' 2401.12345', false],
    ['math.GT/0309136', false],
    ['hepth/9901001', false],
    ['1412.12345', false],
    ['1501.1234', false],
    ['0703.1234', false],
    ['hep-th/9107001', false],
    ['', false],
  ] as const)('%j → %s', (id, valid) => {
    expect(isValidArxivId(id)).toBe(valid);
  });
});

describe('isPaperHost', () => {
  it.each([
    ['arxiv.org', true],
    ['ArXiv.org', true],
    ['export.arxiv.org', true],
    ['ar5iv.labs.arxiv.org', true],
    ['huggingface.co', true],
    ['hf.co', true],
    ['doi.org', true],
    ['scirate.com', true],
    ['www.alphaxiv.org', true],
    ['example.com', false],
    ['notarxiv.org', false],
    ['arxiv.org.evil.com', false],
    ['arxiv.org.', true],
    ['', false],
  ] as const)('%j → %s', (host, expected) => {
    expect(isPaperHost(host)).toBe(expected);
  });

  it('agrees with parsePaperUrl: no paper URL on a host it rejects', () => {
    for (const [url, expected] of URL_CASES) {
      if (expected && /^\s*https?:\/\//i.test(url)) expect(isPaperHost(new URL(url).hostname)).toBe(true);
    }
  });
});

describe('formatRef', () => {
  it.each([
    [{ id: '2401.12345', version: 2 }, '2401.12345v2'],
    [{ id: '2401.12345', version: null }, '2401.12345'],
    [{ id: '2401.12345', version: 123 }, '2401.12345v123'],
    [{ id: 'hep-th/9901001', version: 10 }, 'hep-th/9901001v10'],
    [{ id: 'math/0309136', version: null }, 'math/0309136'],
  ] as const)('%j → %s', (r, s) => {
    expect(formatRef(r)).toBe(s);
    expect(parseArxivId(s)).toEqual(r);
  });
});

describe('robustness', () => {
  it('does not throw on non-string input from untyped callers', () => {
    for (const bad of [null, undefined, 42, {}, []] as unknown as string[]) {
      expect(parseArxivId(bad)).toBeNull();
      expect(parsePaperUrl(bad)).toBeNull();
      expect(parseArxivRef(bad)).toBeNull();
      expect(findArxivMentions(bad)).toEqual([]);
      expect(isValidArxivId(bad)).toBe(false);
    }
  });

  it('stays linear on adversarial input', () => {
    const inputs = [
      'arXiv:' + 'a-'.repeat(50_000),
      'arXiv:hep-th.' + 'a'.repeat(100_000),
      ('arXiv:2401.' + '1'.repeat(6)).repeat(20_000),
      'https://arxiv.org/abs/' + '/'.repeat(100_000),
      'https://arxiv.org/abs/' + 'a'.repeat(100_000) + '!',
      'https://' + 'a'.repeat(100_000),
      'x'.repeat(200_000) + 'arXiv:2401.12345',
    ];
    const start = performance.now();
    for (const s of inputs) {
      parseArxivRef(s);
      findArxivMentions(s);
    }
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
