/**
 * The alert check's small state, in the `meta` store beside the request lanes' clocks: it must survive
 * a stopped worker, and it is written in the same transactions as the alerts it accounts for.
 *
 * - `alerts:run`: when the last run started, finished and last succeeded, and failures in a row (the
 *   retry backoff). A run started but not finished was interrupted.
 * - `alerts:feed:<category>`: the validators (ETag, Last-Modified) of the feed's last stored answer.
 * - `alerts:version:<id>`: the newest version of a saved paper the user was told about (or found
 *   when first checked), so a new version raises one alert, once.
 * - `alerts:dismissed:<id>`: when the user dismissed the paper's alert; a later match of the same
 *   paper (it stays in the day's lists) does not bring it back.
 * - `alerts:notified`: the `foundAt` up to which alerts were notified (or would have been).
 * - `alerts:version-check`: when the weekly check of saved papers last completed, and how far the
 *   current one got (the last id done), so a stopped worker carries on where it was.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { DbProvider } from '../db/connection';
import type { PaperRadarDB } from '../db/schema';

export const metaKey = {
  run: 'alerts:run',
  notified: 'alerts:notified',
  versionCheck: 'alerts:version-check',
  feed: (category: string) => `alerts:feed:${category}`,
  version: (id: string) => `alerts:version:${id}`,
  dismissed: (id: string) => `alerts:dismissed:${id}`,
} as const;

/** All keys of one per-id family (`alerts:version:`…), for a key range. */
export const familyRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
export const VERSION_PREFIX = 'alerts:version:';
export const DISMISSED_PREFIX = 'alerts:dismissed:';

export interface RunState {
  startedAt?: number;
  finishedAt?: number;
  lastSuccessAt?: number;
  /** Failed runs in a row. */
  failures: number;
}

export interface VersionCheckState {
  doneAt?: number;
  /** The last saved id checked in the pass under way (ids are checked in key order). */
  cursor?: string;
}

/** A readwrite `meta` store inside some transaction (whatever else it spans). */
export type MetaStore = IDBPObjectStore<PaperRadarDB, StoreNames<PaperRadarDB>[], 'meta', 'readwrite'>;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

// Stored values are read defensively: an older version or a broken write must not stop the checks.
export function readRunState(value: unknown): RunState {
  const v = obj(value);
  return { startedAt: num(v.startedAt), finishedAt: num(v.finishedAt), lastSuccessAt: num(v.lastSuccessAt), failures: num(v.failures) ?? 0 };
}

export function readVersionCheck(value: unknown): VersionCheckState {
  const v = obj(value);
  return { doneAt: num(v.doneAt), cursor: str(v.cursor) };
}

export const readNumber = num;

export function readValidators(value: unknown): { etag?: string; lastModified?: string } {
  const v = obj(value);
  return { etag: str(v.etag), lastModified: str(v.lastModified) };
}

export async function getMeta(db: DbProvider, key: string): Promise<unknown> {
  return (await (await db.get()).get('meta', key))?.value;
}

export async function putMeta(db: DbProvider, key: string, value: unknown): Promise<void> {
  await (await db.get()).put('meta', { key, value });
}
