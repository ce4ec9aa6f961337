import { describe, expect, it } from 'vitest';
import { NOW, fixtureLibrary } from './__fixtures__/library';
import { detectFormat } from './detect-format';
import { EXPORT_FORMAT_LIST, exportLibrary } from './index';

describe('detectFormat', () => {
  it.each(EXPORT_FORMAT_LIST)('recognises our own %s export', (format) => {
    const text = exportLibrary(format, { saved: fixtureLibrary(), now: NOW }).text;
    expect(detectFormat(text)).toBe(format === 'biblatex' ? 'bibtex' : format);
  });

  it.each([
    ['a truncated backup is still a backup', '{\n "format": "paper-radar-backup",\n "saved": [{"id": "1706.0', 'json'],
    ['any other truncated JSON object is a backup to reject', '{"saved": [', 'json'],
    ['a single CSL item', '{"type":"article","number":"arXiv:1706.03762"}', 'csl-json'],
    ['a truncated CSL array', '[\n  {\n    "id": "x",', 'csl-json'],
    ['an empty JSON array', '[]', 'csl-json'],
    ['BibTeX after a BOM and comments', '\uFEFF% exported\n\n@Article{k, title={x}}', 'bibtex'],
    ['BibTeX with parentheses', '@misc(k, eprint = "1706.03762")', 'bibtex'],
    ['RIS', '\r\nTY  - JOUR\r\nER  - \r\n', 'ris'],
    ['a CSV with a url column', 'Title,URL\r\nA,https://arxiv.org/abs/1706.03762\r\n', 'csv'],
    ['a CSV with a quoted id header', '"id","note"\n1706.03762,x\n', 'csv'],
    ['a Markdown list', '- [A](https://arxiv.org/abs/1706.03762)\n', 'markdown'],
    ['a pasted list of links', 'https://arxiv.org/abs/1706.03762\nhttps://arxiv.org/abs/2101.00001', 'text'],
    ['prose with commas', 'see 1706.03762, and also that, please', 'text'],
    ['an e-mail address is no BibTeX', 'write to me@example.org{ }', 'text'],
    ['a bracketed note is not JSON', '[see 1706.03762]', 'text'],
  ])('%s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
