import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, normalizeSettings, normalizeSite } from './settings';
import { readSettings, watchSettings, writeSettings } from './store';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return { data, get: async (k: string) => (k in data ? { [k]: data[k] } : {}), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
}

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps every valid field and drops only the bad one', () => {
    const s = normalizeSettings({ overlay: false, overlayDelayMs: 'soon', disabledSites: ['example.org', 7, 'Bad Host!'], alertCategories: ['math.OC', 'cs.LG', '<b>'] });
    expect(s.overlay).toBe(false);
    expect(s.overlayDelayMs).toBe(DEFAULT_SETTINGS.overlayDelayMs);
    expect(s.disabledSites).toEqual(['example.org']);
    expect(s.alertCategories).toEqual(['math.OC', 'cs.LG']);
  });
  it('clamps numbers into their range', () => {
    expect(normalizeSettings({ overlayDelayMs: 1e9 }).overlayDelayMs).toBe(3000);
    expect(normalizeSettings({ alertIntervalMinutes: 1 }).alertIntervalMinutes).toBe(15);
    expect(normalizeSettings({ alertAnnounceTypes: ['replace', 'bogus'] }).alertAnnounceTypes).toEqual(['replace']);
  });
});

describe('sites', () => {
  it('reads a host from what a user pastes', () => {
    expect(normalizeSite(' https://WWW.Example.org:8080/path?q ')).toBe('www.example.org');
    expect(normalizeSite('example.org.')).toBe('example.org');
    expect(normalizeSite('not a host')).toBeNull();
    expect(normalizeSite('')).toBeNull();
  });
  it('a listed host covers its subdomains and nothing else', () => {
    const s = { disabledSites: ['example.org'] };
    expect(isSiteDisabled(s, 'example.org')).toBe(true);
    expect(isSiteDisabled(s, 'blog.Example.org')).toBe(true);
    expect(isSiteDisabled(s, 'notexample.org')).toBe(false);
  });
});

describe('store', () => {
  it('writes a merged, normalized patch and reads it back', async () => {
    const area = memoryArea({ settings: { overlay: false } });
    const next = await writeSettings(area, { overlayDelayMs: 100 });
    expect(next).toMatchObject({ overlay: false, overlayDelayMs: 100 });
    expect(await readSettings(area)).toEqual(next);
  });
  it('falls back to defaults when the storage throws', async () => {
    const area = { get: async () => { throw new Error('gone'); }, set: async () => {} };
    expect(await readSettings(area)).toEqual(DEFAULT_SETTINGS);
  });
  it('watches only the settings key in local storage', () => {
    let listener: ((c: Record<string, { newValue?: unknown }>, a: string) => void) | undefined;
    const seen: boolean[] = [];
    const stop = watchSettings({ addListener: (fn) => (listener = fn), removeListener: () => (listener = undefined) }, (s) => seen.push(s.overlay));
    listener?.({ other: { newValue: 1 } }, 'local');
    listener?.({ settings: { newValue: { overlay: false } } }, 'sync');
    listener?.({ settings: { newValue: { overlay: false } } }, 'local');
    expect(seen).toEqual([false]);
    stop();
    expect(listener).toBeUndefined();
  });
});
