// A small world for alert tests: one virtual clock, the arXiv feed and Hugging Face mocks, and the
// browser's alarms and storage.local, which outlive a worker. `start()` builds a "worker" on it; a
// second one on the same name is its successor after the browser stopped the first.
import { writeSettings } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/settings';
import { ArxivMock } from './arxiv-mock';
import { BibtexMock, startBackground, MemoryArea, type TestBackground } from './background';
import { FakeAlarms } from './fake-alarms';
import { HfDailyMock, RssMock } from './feed-mocks';
import { readFixture } from './fixtures';
import { VirtualClock } from './virtual-clock';

/** Friday 23 February 2024, noon UTC: the day of the constructed weekday feed. */
export const FRIDAY_NOON = Date.UTC(2024, 1, 23, 12);
export const WEEKDAY_FEED = readFixture('arxiv-rss/math.OC-constructed-weekday.xml');
export const WEEKEND_FEED = readFixture('arxiv-rss/math.OC-constructed-weekend-empty.xml');

/** The weekday feed with one item's announce type changed (element and description agree). */
export function retype(xml: string, id: string, type: string): string {
  const start = xml.indexOf(`<link>https://arxiv.org/abs/${id}</link>`);
  const end = xml.indexOf('</item>', start);
  if (start < 0 || end < 0) throw new Error(`no item ${id} in the feed`);
  const item = xml
    .slice(start, end)
    .replace(/Announce Type: [\w-]+/, `Announce Type: ${type}`)
    .replace(/<arxiv:announce_type>[\w-]+<\/arxiv:announce_type>/, `<arxiv:announce_type>${type}</arxiv:announce_type>`);
  return xml.slice(0, start) + item + xml.slice(end);
}

/** cs.LG's feed of the same day: 2402.10001 (primary math.OC) is a cross-list there. */
export const CS_LG_FEED = retype(WEEKDAY_FEED.replaceAll('math.OC updates', 'cs.LG updates'), '2402.10001', 'cross');

export interface AlertsWorld {
  clock: VirtualClock;
  arxiv: ArxivMock;
  bibtex: BibtexMock;
  rss: RssMock;
  hf: HfDailyMock;
  alarms: FakeAlarms;
  storage: MemoryArea;
  notifications: { granted: boolean; shown: { id: string; title: string; message: string }[] };
  /** A worker on the world's database; `clock` lets a worker that is about to die run on its own. */
  start(options?: { clock?: VirtualClock }): TestBackground;
  settings(patch: Partial<Settings>): Promise<Settings>;
}

let n = 0;

export function alertsWorld(start = FRIDAY_NOON): AlertsWorld {
  const name = `alerts-${++n}`;
  const clock = new VirtualClock(start);
  const world: AlertsWorld = {
    clock,
    arxiv: new ArxivMock(clock),
    bibtex: new BibtexMock(clock),
    rss: new RssMock(clock),
    hf: new HfDailyMock(clock),
    alarms: new FakeAlarms(clock),
    storage: new MemoryArea(),
    notifications: { granted: false, shown: [] },
    start: (options = {}) =>
      startBackground({
        name,
        clock: options.clock ?? clock,
        arxiv: world.arxiv,
        bibtex: world.bibtex,
        rss: world.rss,
        hf: world.hf,
        alarms: world.alarms,
        storage: world.storage,
        notifications: world.notifications,
      }),
    settings: (patch) => writeSettings(world.storage, patch),
  };
  return world;
}

export interface AlertRecord {
  paperId: string;
  ruleIds: string[];
  source: string;
  foundAt: number;
  seenAt?: number;
}

/** The stored alerts, by paper id. */
export async function storedAlerts(bg: TestBackground): Promise<Record<string, AlertRecord>> {
  const all = await (await bg.db.get()).getAll('alerts');
  return Object.fromEntries(all.map((a) => [a.paperId, a]));
}

export async function addRule(bg: TestBackground, query: string, label?: string): Promise<string> {
  const answer = await bg.send<{ rule: { id: string } }>({ type: 'rules/add', query, label });
  if (!answer.ok) throw new Error(answer.error);
  return answer.rule.id;
}
