// Builds the whole background (lib/background/app.ts) the way the worker does, on virtual time, with
// the fixture-backed arXiv API mock, a scripted arxiv.org/bibtex, and recorders for the alarm and for
// the change notices sent to tabs and extension pages. Messages go through the real router, so tests
// see exactly what an extension page or a content script would.
import { createBackgroundApp, WAKE_ALARM, type BackgroundApp } from '../../lib/background/app';
import type { StorageAreaLike } from '../../lib/settings/store';
import { createDbProvider, type DbProvider } from '../../lib/db/connection';
import type { FetchLike, ResponseLike } from '../../lib/net/polite-queue';
import type { BackgroundNotice } from '../../lib/messaging/types';
import { ArxivMock, type Behaviour } from './arxiv-mock';
import { FakeAlarms } from './fake-alarms';
import type { HfDailyMock, RssMock } from './feed-mocks';
import type { VirtualClock } from './virtual-clock';

export const EXTENSION_ID = 'test-extension-id';
const BASE = `chrome-extension://${EXTENSION_ID}/`;
export const fromPopup = { id: EXTENSION_ID, url: `${BASE}popup.html` };
export const fromOptionsTab = { id: EXTENSION_ID, url: `${BASE}options.html`, tab: { id: 9 } };
/** A content script's sender on `url` (the tab reduced to what the router reads). */
export const fromPage = (url = 'https://example.org/post') => ({ id: EXTENSION_ID, url, tab: { id: 1 } });

/** arXiv's own entry in its exact layout (DESIGN §5.5) with a key that marks it as "from arXiv". */
export function arxivBibtex(id: string, title = `Title of ${id}`): string {
  return [
    `@misc{fromarxiv${id.replace(/\W/g, '')},`,
    `      title={${title}}, `,
    '      author={Hong-Ming Yin and Jun Zou},',
    '      year={2022},',
    `      eprint={${id}},`,
    '      archivePrefix={arXiv},',
    '      primaryClass={math.AP},',
    `      url={https://arxiv.org/abs/${id}}, `,
    '}',
  ].join('\n');
}

/** arxiv.org/bibtex/<id>: arXiv's entry for any id, or scripted failures first. */
export class BibtexMock {
  readonly requests: { id: string; at: number }[] = [];
  private script: Behaviour[] = [];
  readonly entries = new Map<string, string>();

  constructor(private readonly clock: VirtualClock) {}

  queue(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  readonly fetch: FetchLike = async (url, init) => {
    const id = url.slice('https://arxiv.org/bibtex/'.length);
    this.requests.push({ id, at: this.clock.now() });
    const behaviour = this.script.shift() ?? {};
    if (behaviour === 'network-error') throw new TypeError('fetch failed');
    if (behaviour === 'hang') {
      return new Promise<ResponseLike>((_, reject) =>
        init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (behaviour.latencyMs) await this.clock.sleep(behaviour.latencyMs);
    const body = behaviour.body ?? this.entries.get(id) ?? arxivBibtex(id);
    return new Response(body, { status: behaviour.status ?? 200, headers: behaviour.headers });
  };
}

export interface TestBackground {
  app: BackgroundApp;
  db: DbProvider;
  arxiv: ArxivMock;
  bibtex: BibtexMock;
  /** Every request to any arXiv host, in order: the one lane's traffic. */
  arxivTraffic: { url: string; at: number }[];
  /** Change notices sent to tabs (with the tab id) and to extension pages. */
  toTabs: { tabId: number; notice: BackgroundNotice }[];
  toPages: BackgroundNotice[];
  /** The wake-up alarm's time as last set (undefined: cleared). */
  alarm: () => number | undefined;
  /** Every alarm (the browser's, shared by the workers built on it). */
  alarms: FakeAlarms;
  /** The toolbar badge as last set. */
  badge: { text: string; color?: string; textColor?: string };
  /** storage.local (the settings live under `settings`). */
  storage: MemoryArea;
  /** Sends a message from `sender` (the popup by default) and runs virtual time until it is answered. */
  send<T = Record<string, unknown>>(message: object, sender?: object): Promise<T & { ok: boolean; error?: string }>;
}

/**
 * One "service worker" on database `name`. Two built on the same name behave like a worker and its
 * successor after Chrome stopped the first (pass the same mocks to keep their logs).
 */
export function startBackground(options: {
  name: string;
  clock: VirtualClock;
  unknown?: string[];
  arxiv?: ArxivMock;
  bibtex?: BibtexMock;
  /** Tabs the broadcaster finds; a discarded one must be skipped. */
  tabs?: { id?: number; discarded?: boolean }[];
  /** rss.arxiv.org and huggingface.co; without them those hosts answer 404. */
  rss?: RssMock;
  hf?: HfDailyMock;
  /** Pass the predecessor's to share alarms and storage, as a restarted worker does. */
  alarms?: FakeAlarms;
  storage?: MemoryArea;
  notifications?: { granted: boolean; shown: { id: string; title: string; message: string }[] };
}): TestBackground {
  const { clock } = options;
  const arxiv = options.arxiv ?? new ArxivMock(clock, { unknown: options.unknown });
  const bibtex = options.bibtex ?? new BibtexMock(clock);
  const arxivTraffic: { url: string; at: number }[] = [];
  const toTabs: TestBackground['toTabs'] = [];
  const toPages: BackgroundNotice[] = [];
  const alarms = options.alarms ?? new FakeAlarms(clock);
  const storage = options.storage ?? new MemoryArea();
  const badge: TestBackground['badge'] = { text: '' };
  const notifications = options.notifications;
  const db = createDbProvider({ name: options.name, storage: {}, log: () => undefined });
  const fetch: FetchLike = (url, init) => {
    const host = new URL(url).host;
    if (host === 'huggingface.co') return options.hf ? options.hf.fetch(url, init) : Promise.resolve(new Response('', { status: 404 }));
    arxivTraffic.push({ url, at: clock.now() });
    if (host === 'rss.arxiv.org') return options.rss ? options.rss.fetch(url, init) : Promise.resolve(new Response('', { status: 404 }));
    return url.startsWith('https://arxiv.org/bibtex/') ? bibtex.fetch(url, init) : arxiv.fetch(url, init);
  };
  const app = createBackgroundApp({
    runtime: {
      id: EXTENSION_ID,
      getURL: (path) => BASE + path.replace(/^\//, ''),
      sendMessage: async (notice) => void toPages.push(notice),
    },
    tabs: {
      query: async () => options.tabs ?? [{ id: 1 }, { id: 2 }],
      sendMessage: async (tabId, notice) => {
        toTabs.push({ tabId, notice });
        // A tab without our content script: the browser rejects, the broadcaster must not care.
        if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    alarms,
    action: {
      setBadgeText: async ({ text }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }) => void (badge.color = color),
      setBadgeTextColor: async ({ color }) => void (badge.textColor = color),
    },
    storage,
    notifications: () =>
      notifications?.granted ? { create: async (id: string, o: { title: string; message: string }) => void notifications.shown.push({ id, title: o.title, message: o.message }) } : undefined,
    permissions: { contains: async () => notifications?.granted === true },
    fetch,
    clock,
    random: () => 0.5,
    db,
    log: () => undefined,
  });
  return {
    app,
    db,
    arxiv,
    bibtex,
    arxivTraffic,
    toTabs,
    toPages,
    alarm: () => alarms.when(WAKE_ALARM),
    alarms,
    badge,
    storage,
    send: (message, sender = fromPopup) => clock.run(app.handleMessage(message, sender)) as never,
  };
}

/** storage.local in memory, shaped like the settings module's area. */
export class MemoryArea implements StorageAreaLike {
  readonly data: Record<string, unknown> = {};
  get = async (key: string) => (key in this.data ? { [key]: structuredClone(this.data[key]) } : {});
  set = async (items: Record<string, unknown>) => void Object.assign(this.data, structuredClone(items));
}

/** Lets the background's loops (follow-ups, metadata drain) run until nothing is left to do now. */
export async function drain(clock: VirtualClock, bg: TestBackground, limitMs = 10 * 60_000): Promise<void> {
  await clock.run(bg.app.start(), limitMs);
}
