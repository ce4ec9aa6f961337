/**
 * Where each request lane keeps its "next start not before" time. IndexedDB (the `meta` store) rather
 * than memory, because a Chrome service worker is stopped after ~30 s idle and the arXiv terms do not
 * reset when it restarts.
 */
import type { DbProvider } from '../db/connection';
import type { ClockStore } from './polite-queue';

const key = (name: string) => `net-clock:${name}`;

export function idbClockStore(db: DbProvider): ClockStore {
  return {
    async get(name) {
      const entry = await (await db.get()).get('meta', key(name));
      return typeof entry?.value === 'number' ? entry.value : undefined;
    },
    async set(name, at) {
      await (await db.get()).put('meta', { key: key(name), value: at });
    },
  };
}

/** For tests and contexts without IndexedDB. */
export function memoryClockStore(): ClockStore {
  const times = new Map<string, number>();
  return {
    get: async (name) => times.get(name),
    set: async (name, at) => void times.set(name, at),
  };
}
