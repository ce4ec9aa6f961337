/**
 * The one IndexedDB database's shape, as idb's typed schema. Types only: the stores are created by the
 * upgrade ladder (upgrade.ts), which is the only place that may change them.
 */
import type { DBSchema } from 'idb';
import type { Alert, Paper, Rule, SavedPaper } from '../papers/schema';

export const DB_NAME = 'paper-radar';
/** Bump together with a new rung in upgrade.ts. */
export const DB_VERSION = 2;

/** A cache entry: the paper plus when it was last written, which is what eviction orders by. */
export interface CachedPaper extends Paper {
  cachedAt: number;
}

/**
 * Work the background still owes, kept so a stopped worker resumes it: `arxiv`, a metadata lookup
 * (lib/papers); `bibtex`, a saved paper's follow-up — its snapshot completed and arXiv's own BibTeX
 * entry fetched (lib/library). The kind leads the key and the due index, so each owner reads only its own.
 */
export interface PendingEntry {
  kind: 'arxiv' | 'bibtex';
  id: string;
  addedAt: number;
  /** Not taken before this time (backoff after failed rounds). */
  notBefore: number;
  /** Failed rounds so far. */
  attempts: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface PaperRadarDB extends DBSchema {
  papers: { key: string; value: CachedPaper; indexes: { 'by-cachedAt': number } };
  saved: { key: string; value: SavedPaper; indexes: { 'by-savedAt': number } };
  rules: { key: string; value: Rule };
  alerts: { key: string; value: Alert; indexes: { 'by-foundAt': number } };
  pending: { key: [string, string]; value: PendingEntry; indexes: { 'by-due': [string, number] } };
  meta: { key: string; value: MetaEntry };
}

export type StoreName = 'papers' | 'saved' | 'rules' | 'alerts' | 'pending' | 'meta';
