import { describe, expect, it } from 'vitest';
import type { SavedPaper } from '../papers/schema';
import { NOW, RULES, SETTINGS, T0, fixtureLibrary, generatedLibrary } from './__fixtures__/library';
import { toBackup } from './backup';
import { importBackup } from './import-backup';
import type { ImportOutcome, ImportSuccess } from './import-types';
import { planImport } from './plan-import';
import { readImport } from './read-import';

function ok(outcome: ImportOutcome): ImportSuccess {
  if (!outcome.ok) throw new Error('import failed: ' + outcome.error);
  return outcome;
}

function failure(outcome: ImportOutcome): string {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) throw new Error('expected a failure');
  // A failed import holds no entries, so there is nothing to plan.
  expect(outcome).not.toHaveProperty('papers');
  return outcome.error;
}

/** Back from the imported entries to saved papers, through the same plan the background runs. */
function restore(entries: ImportSuccess): SavedPaper[] {
  return planImport([], entries.papers, { now: NOW }).put;
}

describe('backup round trip', () => {
  it('gives back the same library, rules and settings', () => {
    const lib = fixtureLibrary();
    const text = toBackup({ saved: lib, rules: RULES, settings: SETTINGS, now: NOW });
    const back = ok(readImport(text));
    expect(back.format).toBe('json');
    expect(back.errors).toEqual([]);
    expect(restore(back)).toEqual(lib);
    expect(back.rules).toEqual(RULES);
    expect(back.settings).toEqual(SETTINGS);
  });

  it('writes the documented envelope', () => {
    const data = JSON.parse(toBackup({ saved: [], now: NOW }));
    expect(data).toEqual({ format: 'paper-radar-backup', version: 1, exportedAt: '2026-11-28T12:00:00.000Z', saved: [], rules: [], settings: {} });
  });

  it('round-trips 10,000 papers quickly', () => {
    const lib = generatedLibrary(10_000);
    const start = performance.now();
    const text = toBackup({ saved: lib, rules: RULES, settings: SETTINGS, now: NOW });
    const back = ok(readImport(text));
    const put = restore(back);
    const elapsed = performance.now() - start;
    expect(put).toEqual(lib);
    expect(put).toHaveLength(10_000);
    // Generous: it takes well under a second here; a quadratic step would take minutes.
    expect(elapsed).toBeLessThan(4_000);
  });

  it('restored onto the same library changes nothing', () => {
    const lib = fixtureLibrary();
    const back = ok(readImport(toBackup({ saved: lib, now: NOW })));
    const plan = planImport(lib, back.papers, { now: NOW });
    expect(plan).toEqual({ put: [], added: 0, updated: 0, skipped: lib.length, unresolved: [] });
  });
});

describe('damaged or foreign backups', () => {
  const good = (): Record<string, unknown> => JSON.parse(toBackup({ saved: fixtureLibrary(), rules: RULES, settings: SETTINGS, now: NOW }));

  it('truncated JSON', () => {
    const text = toBackup({ saved: fixtureLibrary(), now: NOW });
    expect(failure(readImport(text.slice(0, text.length / 2)))).toMatch(/^the backup is not valid JSON \(.+\); is the file complete\?$/);
  });

  it('a JSON file of another program', () => {
    expect(failure(readImport('{"format":"zotero","items":[]}'))).toBe('not a Paper Radar backup: "format" is "zotero", expected "paper-radar-backup"');
    expect(failure(importBackup('{"saved":[]}'))).toBe('not a Paper Radar backup: no "format", expected "paper-radar-backup"');
    expect(failure(importBackup('[1,2]'))).toBe('not a Paper Radar backup: expected a JSON object');
  });

  it('a newer or unknown version', () => {
    const b = good();
    expect(failure(importBackup(JSON.stringify({ ...b, version: 2 })))).toBe(
      'backup version 2 was written by a newer Paper Radar; this one reads version 1',
    );
    expect(failure(importBackup(JSON.stringify({ ...b, version: '1' })))).toBe('unsupported backup version "1"; expected 1');
    const { version: _v, ...noVersion } = b;
    expect(failure(importBackup(JSON.stringify(noVersion)))).toBe('unsupported backup version null; expected 1');
  });

  it('a saved entry with a bad id names the entry and the field', () => {
    const b = good() as { saved: { id: string; paper: { id: string } }[] };
    b.saved[3]!.id = '1706.3762';
    expect(failure(importBackup(JSON.stringify(b)))).toBe('the backup is damaged: saved[3].id: not a canonical arXiv id');
  });

  it('a versioned id is not canonical either', () => {
    const b = good() as { saved: { id: string; paper: { id: string } }[] };
    b.saved[0]!.id = '1706.03762v5';
    b.saved[0]!.paper.id = '1706.03762v5';
    expect(failure(importBackup(JSON.stringify(b)))).toBe(
      'the backup is damaged: saved[0].id: not a canonical arXiv id; saved[0].paper.id: not a canonical arXiv id',
    );
  });

  it('a wrong type deep inside names its path', () => {
    const b = good() as { saved: { paper: Record<string, unknown> }[]; rules: Record<string, unknown>[] };
    b.saved[10]!.paper.title = 42;
    b.rules[1]!.enabled = 'yes';
    expect(failure(importBackup(JSON.stringify(b)))).toBe(
      'the backup is damaged: saved[10].paper.title: expected string, received number; rules[1].enabled: expected boolean, received string',
    );
  });

  it('a missing saved list', () => {
    const { saved: _s, ...rest } = good();
    expect(failure(importBackup(JSON.stringify(rest)))).toBe('the backup is damaged: saved: expected array, received undefined');
  });

  it('a snapshot of another paper than the entry', () => {
    const b = good() as { saved: { id: string; paper: { id: string } }[] };
    b.saved[1]!.paper.id = '1706.03762';
    expect(failure(importBackup(JSON.stringify(b)))).toBe(
      'the backup is damaged: saved[1].paper.id "1706.03762" is not saved[1].id "2101.00001"',
    );
  });

  it('many problems are summed up', () => {
    const b = good() as { saved: { savedAt: unknown }[] };
    for (const s of b.saved) s.savedAt = 'yesterday';
    expect(failure(importBackup(JSON.stringify(b)))).toMatch(/saved\[4\]\.savedAt: expected number, received string; and 6 more$/);
  });

  it('binary garbage and an empty file', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 7919) % 256));
    expect(failure(readImport(garbage))).toBe('this is not a text file (it looks like binary data); choose an export file');
    expect(failure(readImport('\uFFFD\uFFFDPNG\r\n\u001a\n\uFFFD\uFFFD\uFFFD'))).toMatch(/not a text file/);
    expect(failure(readImport(''))).toBe('the file is empty');
    expect(failure(readImport(' \r\n\t'))).toBe('the file is empty');
    expect(failure(readImport('', 'json'))).toBe('the file is empty');
  });

  it('keeps going for backups with no rules or settings', () => {
    const back = ok(importBackup(JSON.stringify({ format: 'paper-radar-backup', version: 1, saved: [] })));
    expect(back.papers).toEqual([]);
    expect(back.rules).toEqual([]);
    expect(back.settings).toBeUndefined();
  });

  it('entries keep their saved time, read time, note and stored BibTeX', () => {
    const lib = fixtureLibrary();
    const back = ok(importBackup(toBackup({ saved: lib, now: T0 })));
    expect(back.papers[1]).toMatchObject({ id: lib[1]!.id, readAt: lib[1]!.readAt, note: lib[1]!.note, savedAt: lib[1]!.savedAt, needsLookup: false });
    expect(back.papers[3]!.bibtex).toBe(lib[3]!.bibtex);
  });
});
