/**
 * The version ladder. `RUNGS[n - 1]` takes the database from version n-1 to n; an old profile climbs
 * every rung it missed, in order, inside the one versionchange transaction (so a failure leaves the old
 * version intact). A released rung is never edited: change the schema by adding the next rung and
 * bumping DB_VERSION.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PaperRadarDB } from './schema';

type Db = IDBPDatabase<PaperRadarDB>;
type UpgradeTx = IDBPTransaction<PaperRadarDB, StoreNames<PaperRadarDB>[], 'versionchange'>;
type Rung = (db: Db, tx: UpgradeTx) => void;

export const RUNGS: readonly Rung[] = [
  // 1: the stores of DESIGN §3.
  (db) => {
    db.createObjectStore('papers', { keyPath: 'id' }).createIndex('by-cachedAt', 'cachedAt');
    db.createObjectStore('saved', { keyPath: 'id' }).createIndex('by-savedAt', 'savedAt');
    db.createObjectStore('rules', { keyPath: 'id' });
    db.createObjectStore('alerts', { keyPath: 'paperId' }).createIndex('by-foundAt', 'foundAt');
  },
  // 2: the persisted fetch queue and small bookkeeping (the rate-limit clocks).
  (db) => {
    db.createObjectStore('pending', { keyPath: ['kind', 'id'] }).createIndex('by-due', ['kind', 'notBefore']);
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export function upgradeDb(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const rung = RUNGS[v - 1];
    if (!rung) throw new Error(`no upgrade rung for database version ${v}`);
    rung(db, tx);
  }
}
