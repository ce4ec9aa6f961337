/**
 * Opening the database: one cached connection per context, reopened on demand.
 * - blocking: another context (an updated extension page, say) wants a newer version; we close so it
 *   can upgrade, and the next call reopens.
 * - blocked: an older connection elsewhere has not closed yet; the open waits for its `blocking`.
 * - terminated: the browser closed the connection (storage cleared, disk error); we drop it so the next
 *   call reopens instead of failing forever on a dead handle.
 */
import { type IDBPDatabase, openDB } from 'idb';
import { requestPersistentStorage, type StorageManagerLike } from './persist';
import { DB_NAME, DB_VERSION, type PaperRadarDB } from './schema';
import { upgradeDb } from './upgrade';

export type Db = IDBPDatabase<PaperRadarDB>;

export interface DbProvider {
  readonly name: string;
  get(): Promise<Db>;
  /** Closes the cached connection; the next `get` reopens. */
  close(): void;
}

export interface DbProviderOptions {
  name?: string;
  /** Tests open older versions to exercise the ladder; the product always uses DB_VERSION. */
  version?: number;
  /** navigator.storage, or a stand-in; persistence is requested once, after the first open. */
  storage?: StorageManagerLike;
  log?: (message: string) => void;
}

export function createDbProvider(options: DbProviderOptions = {}): DbProvider {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  const log = options.log ?? ((m: string) => console.warn(`[paper-radar db] ${m}`));
  let cached: Promise<Db> | undefined;
  let persistenceAsked = false;

  function open(): Promise<Db> {
    let db: Db | undefined;
    const opening: Promise<Db> = openDB<PaperRadarDB>(name, version, {
      upgrade: (d, oldVersion, newVersion, tx) => upgradeDb(d, oldVersion, newVersion ?? version, tx),
      blocked: (current) => log(`opening v${version} waits for a connection at v${current} to close`),
      blocking: (_current, wanted) => {
        log(`closing so that another context can open v${wanted}`);
        db?.close();
        if (cached === opening) cached = undefined;
      },
      terminated: () => {
        log('connection terminated by the browser; reopening on next use');
        if (cached === opening) cached = undefined;
      },
    }).then((d) => {
      db = d;
      if (!persistenceAsked) {
        persistenceAsked = true;
        void requestPersistentStorage(options.storage ?? globalThis.navigator?.storage);
      }
      return d;
    });
    // A failed open must not stick: the next call tries again.
    opening.catch(() => {
      if (cached === opening) cached = undefined;
    });
    return opening;
  }

  return {
    name,
    get: () => (cached ??= open()),
    close() {
      const current = cached;
      cached = undefined;
      void current?.then((d) => d.close(), () => undefined);
    },
  };
}
