import { describe, expect, it, vi } from 'vitest';
import type { AlertsService } from '../alerts/service';
import { createDbProvider } from '../db/connection';
import type { LibraryService } from '../library/service';
import type { PaperService } from '../papers/service';
import type { RulesService } from '../rules-store/service';
import { createHandlers } from './handlers';
import { MESSAGE_TYPES, type MessageType, RequestSchema } from './protocol';
import { createRouter, MessageError } from './router';
import { classifySender, type SenderLike } from './sender';

const CHROME = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const FIREFOX = { id: 'paper-radar@paper-radar.dev', baseUrl: 'moz-extension://4b0d7c1e-5f1a-4c1e-9a57-0d4f5e6a7b8c/' };

const popup: SenderLike = { id: CHROME.id, url: `${CHROME.baseUrl}popup.html`, origin: CHROME.baseUrl.slice(0, -1) };
const optionsTab: SenderLike = { id: CHROME.id, url: `${CHROME.baseUrl}options.html`, tab: { id: 7 } };
const contentOn = (url: string): SenderLike => ({ id: CHROME.id, url, tab: { id: 3 } });

const papers: PaperService = {
  // Describes 1706.03762 (the one `papers/bibtex` asks for below), knows no other id.
  getPapers: vi.fn(async (ids: readonly string[]) => ({
    papers: ids.includes('1706.03762') ? [{ id: '1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], abstract: '', categories: ['cs.CL'], published: '2017-06-12T17:57:34Z', fetchedAt: { arxiv: 1 } }] : [],
    notFound: ids.filter((id) => id !== '1706.03762'),
    pending: [],
  })),
  putEmbeddedPapers: vi.fn(async (items: readonly unknown[]) => ({ stored: items.length })),
  resume: async () => undefined,
};
// Stand-ins that echo what reached them: the router's job is validation and dispatch, the services
// have their own tests (lib/library, lib/rules-store).
const library: LibraryService = {
  save: vi.fn(async (id: string) => ({ saved: { id } as never })),
  update: vi.fn(async (id: string) => ({ saved: { id } as never })),
  remove: vi.fn(async () => ({ removed: [] })),
  restore: vi.fn(async () => ({})),
  list: vi.fn(async () => ({ saved: [], total: 0 })),
  export: vi.fn(async () => ({ filename: 'f', mimeType: 'm', text: 't' })),
  import: vi.fn(async () => ({ added: 0, updated: 0, skipped: 0, errors: [], rulesAdded: 0 })),
  clear: vi.fn(async () => ({})),
  tags: vi.fn(async () => ({ tags: [] })),
  resume: async () => undefined,
};
const rules: RulesService = {
  add: vi.fn(async () => ({ rule: { id: 'r1' } as never })),
  update: vi.fn(async (id: string) => ({ rule: { id } as never })),
  remove: vi.fn(async () => ({ removed: true })),
  list: vi.fn(async () => ({ rules: [] })),
  preview: vi.fn(async () => ({ papers: [], matched: 0, scanned: 0 })),
};
const alerts: AlertsService = {
  list: vi.fn(async () => ({ alerts: [] })),
  check: vi.fn(async () => ({ newCount: 0 })),
  markSeen: vi.fn(async () => ({})),
  dismiss: vi.fn(async () => ({})),
  onAlarm: async () => false,
  start: async () => undefined,
  restoreBadge: async () => undefined,
  settingsChanged: async () => undefined,
};
const services = { db: createDbProvider(), papers, library, rules, alerts };
const route = createRouter(createHandlers(services), CHROME, () => undefined);

/** A minimal valid request for every type: the contract, spelled out. */
const VALID: Record<MessageType, Record<string, unknown>> = {
  'papers/get': { ids: ['2201.13452'] },
  'papers/putEmbedded': { items: [{ id: '2602.23229', title: 'T', upvotes: 1 }] },
  'papers/annotate': { ids: ['2201.13452', 'https://arxiv.org/abs/1706.03762v5'] },
  'papers/bibtex': { id: '1706.03762' },
  'library/save': { id: 'arXiv:2201.13452', tags: ['pde'] },
  'library/update': { id: '2201.13452', read: true },
  'library/remove': { ids: ['2201.13452'] },
  'library/restore': { saved: [] },
  'library/list': { offset: 0, limit: 20, tag: 'pde' },
  'library/export': { format: 'bibtex' },
  'library/import': { text: '@misc{x,}' },
  'library/tags': {},
  'rules/add': { query: 'ti:diffusion', label: 'Diffusion' },
  'rules/update': { id: 'r1', enabled: false },
  'rules/remove': { id: 'r1' },
  'rules/list': {},
  'rules/preview': { query: 'ti:diffusion', limit: 50 },
  'alerts/list': {},
  'alerts/check': {},
  'alerts/markSeen': {},
  'alerts/dismiss': { paperIds: ['2201.13452'] },
  'data/clear': {},
};

describe('protocol', () => {
  it('names every DESIGN §4 type exactly, plus papers/putEmbedded and data/clear', () => {
    expect([...MESSAGE_TYPES].sort()).toEqual(
      [
        'papers/get', 'library/save', 'library/update', 'library/remove', 'library/restore', 'library/list',
        'rules/add', 'rules/update', 'rules/remove', 'rules/list', 'alerts/list', 'alerts/check',
        'alerts/markSeen', 'library/export', 'library/import', 'papers/putEmbedded', 'data/clear',
        // Added beyond DESIGN §4 (lib/messaging/protocol.ts says why).
        'papers/annotate', 'papers/bibtex', 'library/tags', 'rules/preview', 'alerts/dismiss',
      ].sort(),
    );
  });

  it.each(MESSAGE_TYPES)('the discriminated union accepts a valid %s', (type) => {
    expect(RequestSchema.safeParse({ type, ...VALID[type] }).success).toBe(true);
  });
});

describe('router: malformed and unknown messages', () => {
  it.each([null, undefined, 'papers/get', 42, [], {}, { type: 7 }])('answers %j with a clear error', async (message) => {
    expect(await route(message, popup)).toEqual({ ok: false, error: 'a message must be an object with a string "type"' });
  });

  it('names an unknown type (and does not walk the prototype chain)', async () => {
    expect(await route({ type: 'papers/fetch' }, popup)).toEqual({ ok: false, error: 'unknown message type "papers/fetch"' });
    expect(await route({ type: 'toString' }, popup)).toEqual({ ok: false, error: 'unknown message type "toString"' });
  });

  it('names the field and the problem of a malformed payload', async () => {
    expect(await route({ type: 'papers/get', ids: '2201.13452' }, popup)).toEqual({
      ok: false,
      error: 'malformed "papers/get": ids: Invalid input: expected array, received string',
    });
    expect(await route({ type: 'papers/get', ids: ['ok', 12] }, popup)).toMatchObject({
      error: expect.stringMatching(/^malformed "papers\/get": ids\.1: /),
    });
    expect(await route({ type: 'rules/add', query: 'x', label: 'a,b' }, popup)).toEqual({
      ok: false,
      error: 'malformed "rules/add": label: a rule label may not contain a comma',
    });
    expect(await route({ type: 'library/export', format: 'docx' }, popup)).toMatchObject({
      error: expect.stringMatching(/^malformed "library\/export": format: /),
    });
  });

  it('never throws across the boundary: a failing handler becomes an error answer', async () => {
    const failing = createRouter(
      {
        ...createHandlers(services),
        'papers/get': async () => {
          throw new Error('database exploded');
        },
        'rules/list': async () => {
          throw new MessageError('exact text');
        },
      },
      CHROME,
      () => undefined,
    );
    expect(await failing({ type: 'papers/get', ids: [] }, popup)).toEqual({ ok: false, error: '"papers/get" failed: database exploded' });
    expect(await failing({ type: 'rules/list' }, popup)).toEqual({ ok: false, error: 'exact text' });
  });

  it('alerts messages reach the alerts service with the validated ids', async () => {
    await route({ type: 'alerts/markSeen' }, popup);
    expect(alerts.markSeen).toHaveBeenLastCalledWith(undefined);
    await route({ type: 'alerts/markSeen', paperIds: ['arXiv:2201.13452v2'] }, popup);
    expect(alerts.markSeen).toHaveBeenLastCalledWith(['arXiv:2201.13452v2']);
    await route({ type: 'alerts/dismiss', paperIds: ['2201.13452'] }, optionsTab);
    expect(alerts.dismiss).toHaveBeenCalledWith(['2201.13452']);
    expect(await route({ type: 'alerts/check' }, popup)).toEqual({ ok: true, newCount: 0 });
    expect(await route({ type: 'alerts/check' }, contentOn('https://arxiv.org/list/cs.LG/new'))).toMatchObject({ ok: false });
  });

  it.each(MESSAGE_TYPES)('%s reaches its service', async (type) => {
    expect((await route({ type, ...VALID[type] }, popup)).ok).toBe(true);
  });

  it('library and rules messages reach their services with the validated fields', async () => {
    await route({ type: 'library/save', id: 'arXiv:2201.13452', tags: [' pde '], junk: 1 }, contentOn('https://example.org/'));
    expect(library.save).toHaveBeenCalledWith('arXiv:2201.13452', { tags: ['pde'], note: undefined });
    await route({ type: 'library/list', sort: 'title', query: 'hölder' }, popup);
    expect(library.list).toHaveBeenCalledWith({ sort: 'title', query: 'hölder', offset: undefined, limit: undefined, tag: undefined });
    await route({ type: 'rules/update', id: 'r9', enabled: false }, popup);
    expect(rules.update).toHaveBeenCalledWith('r9', { enabled: false, query: undefined, label: undefined, color: undefined });
    await route({ type: 'data/clear' }, popup);
    expect(library.clear).toHaveBeenCalled();
  });

  it('library/list accepts only the defined sorts', async () => {
    for (const sort of ['saved', 'published', 'title']) expect((await route({ type: 'library/list', sort }, popup)).ok).toBe(true);
    expect(await route({ type: 'library/list', sort: 'random' }, popup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^malformed "library\/list": sort: /),
    });
  });

  it('papers/get and papers/putEmbedded reach the paper service with validated data', async () => {
    expect(await route({ type: 'papers/get', ids: ['x'], extras: true }, contentOn('https://example.org/'))).toEqual({
      ok: true,
      papers: [],
      notFound: ['x'],
      pending: [],
    });
    expect(papers.getPapers).toHaveBeenCalledWith(['x'], { extras: true });
    expect(await route({ type: 'papers/putEmbedded', ...VALID['papers/putEmbedded'] }, contentOn('https://huggingface.co/papers'))).toEqual({
      ok: true,
      stored: 1,
    });
  });
});

describe('router: who may send what', () => {
  const PRIVILEGED = ['library/import', 'library/restore', 'library/export', 'data/clear'] as const;

  it.each(PRIVILEGED)('%s is refused from a content script, even on arxiv.org', async (type) => {
    for (const url of ['https://example.org/', 'https://arxiv.org/abs/2201.13452', 'https://huggingface.co/papers']) {
      expect(await route({ type, ...VALID[type] }, contentOn(url))).toEqual({
        ok: false,
        error: `"${type}" is only accepted from the extension's own pages`,
      });
    }
  });

  it.each(PRIVILEGED)('%s passes the check from the popup and from the options page in a tab', async (type) => {
    for (const sender of [popup, optionsTab]) {
      expect(await route({ type, ...VALID[type] }, sender)).toMatchObject({ ok: true });
    }
  });

  it('papers/putEmbedded is accepted from huggingface.co pages only (and extension pages)', async () => {
    const message = { type: 'papers/putEmbedded', ...VALID['papers/putEmbedded'] };
    expect((await route(message, contentOn('https://huggingface.co/papers?date=2026-03-06'))).ok).toBe(true);
    expect((await route(message, popup)).ok).toBe(true);
    for (const url of ['https://arxiv.org/list/cs.LG/new', 'http://huggingface.co/papers', 'https://huggingface.co.evil.com/']) {
      expect(await route(message, contentOn(url))).toEqual({
        ok: false,
        error: `"papers/putEmbedded" is only accepted from huggingface.co pages and the extension's own pages`,
      });
    }
  });

  it('refuses senders it cannot identify, even for open messages', async () => {
    const message = { type: 'papers/get', ids: [] };
    expect((await route(message, undefined)).ok).toBe(false);
    expect((await route(message, {})).ok).toBe(false);
    expect((await route(message, { id: 'another-extension', url: 'https://example.org/', tab: {} })).ok).toBe(false);
  });
});

describe('classifySender', () => {
  it('Chrome: extension pages by URL under our base, content scripts by their page', () => {
    expect(classifySender(popup, CHROME)).toEqual({ kind: 'extension-page' });
    expect(classifySender(optionsTab, CHROME)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: CHROME.id, origin: CHROME.baseUrl.slice(0, -1) }, CHROME)).toEqual({ kind: 'extension-page' });
    expect(classifySender(contentOn('https://huggingface.co/papers/2602.23229'), CHROME)).toEqual({
      kind: 'content-script',
      origin: 'https://huggingface.co',
    });
  });

  it('Firefox: the add-on id as sender.id, the moz-extension uuid in the URL', () => {
    expect(classifySender({ id: FIREFOX.id, url: `${FIREFOX.baseUrl}options.html` }, FIREFOX)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: FIREFOX.id, url: 'moz-extension://00000000-0000-0000-0000-000000000000/options.html' }, FIREFOX)).toEqual({
      kind: 'unknown',
    });
  });

  it('is not fooled by look-alike prefixes or a foreign id', () => {
    expect(classifySender({ id: CHROME.id, url: `${CHROME.baseUrl.slice(0, -1)}x/popup.html` }, CHROME)).toEqual({ kind: 'unknown' });
    expect(classifySender({ id: 'other', url: `${CHROME.baseUrl}popup.html` }, CHROME)).toEqual({ kind: 'unknown' });
    expect(classifySender({ id: CHROME.id, url: 'javascript:alert(1)', tab: {} }, CHROME)).toEqual({ kind: 'unknown' });
  });
});
