import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../messaging/protocol';
import { NOW, fixtureLibrary } from './__fixtures__/library';
import { EXPORT_FORMAT_LIST, exportLibrary, localDay } from './index';

describe('exportLibrary', () => {
  it('offers exactly the formats of the library/export message', () => {
    expect([...EXPORT_FORMAT_LIST]).toEqual([...EXPORT_FORMATS]);
  });

  it.each([
    ['bibtex', 'paper-radar-2026-11-28.bib', 'application/x-bibtex; charset=utf-8'],
    ['biblatex', 'paper-radar-2026-11-28.bib', 'application/x-bibtex; charset=utf-8'],
    ['ris', 'paper-radar-2026-11-28.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['csv', 'paper-radar-2026-11-28.csv', 'text/csv; charset=utf-8; header=present'],
    ['csl-json', 'paper-radar-2026-11-28.csl.json', 'application/vnd.citationstyles.csl+json'],
    ['json', 'paper-radar-backup-2026-11-28.json', 'application/json'],
    ['markdown', 'paper-radar-2026-11-28.md', 'text/markdown; charset=utf-8'],
  ] as const)('%s → %s', (format, filename, mimeType) => {
    const out = exportLibrary(format, { saved: fixtureLibrary(), now: NOW });
    expect(out.filename).toBe(filename);
    expect(out.mimeType).toBe(mimeType);
    expect(out.text.length).toBeGreaterThan(100);
  });

  it('names the file by the local calendar day', () => {
    const d = new Date(2026, 0, 5, 23, 59);
    expect(localDay(d.getTime())).toBe('2026-01-05');
    expect(localDay(NaN)).toBe('undated');
  });

  it('keys a subset by the whole library', () => {
    const lib = fixtureLibrary();
    const last = lib[lib.length - 1]!;
    const alone = exportLibrary('bibtex', { saved: [last], now: NOW }).text;
    const inLibrary = exportLibrary('bibtex', { saved: [last], allSaved: lib, now: NOW }).text;
    expect(alone.startsWith('@misc{smith2020deeplearningtodaytomorrow,')).toBe(true);
    expect(inLibrary.startsWith('@misc{smith2020deeplearningtodaytomorrowb,')).toBe(true);
    const csl = JSON.parse(exportLibrary('csl-json', { saved: [last], allSaved: lib, now: NOW }).text);
    expect(csl[0].id).toBe('smith2020deeplearningtodaytomorrowb');
  });

  it('exports an empty library as a valid empty file', () => {
    expect(exportLibrary('bibtex', { saved: [], now: NOW }).text).toBe('');
    expect(JSON.parse(exportLibrary('csl-json', { saved: [], now: NOW }).text)).toEqual([]);
    expect(exportLibrary('csv', { saved: [], now: NOW }).text.split('\r\n')).toHaveLength(2);
  });
});
