/**
 * The message contract as TypeScript types only. Content scripts import from here (never from
 * `./protocol`), so zod stays out of the every-page bundle: every import below is `import type` and
 * vanishes at build time.
 */
import type { z } from 'zod';
import type { Alert, EmbeddedPaper, Paper, Rule, SavedPaper } from '../papers/schema';
import type { MessageType, REQUEST_SCHEMAS } from './protocol';

export type { Alert, EmbeddedPaper, MessageType, Paper, Rule, SavedPaper };

/** The request for `T`, e.g. `Request<'papers/get'>` = `{ type: 'papers/get'; ids: string[]; extras?: boolean }`. */
export type Request<T extends MessageType = MessageType> = T extends MessageType ? z.input<(typeof REQUEST_SCHEMAS)[T]> : never;

type Empty = Record<never, never>;

/** What each request answers on success, besides `ok: true`. */
export interface AnswerBodies {
  'papers/get': { papers: Paper[]; notFound: string[]; pending: string[] };
  'papers/putEmbedded': { stored: number };
  'library/save': { saved: SavedPaper };
  'library/update': { saved: SavedPaper };
  'library/remove': { removed: SavedPaper[] };
  'library/restore': Empty;
  'library/list': { saved: SavedPaper[]; total: number };
  'library/export': { filename: string; mimeType: string; text: string };
  'library/import': { added: number; updated: number; skipped: number; errors: string[] };
  'rules/add': { rule: Rule };
  'rules/update': { rule: Rule };
  'rules/remove': Empty;
  'rules/list': { rules: Rule[] };
  'alerts/list': { alerts: (Alert & { paper?: Paper })[] };
  'alerts/check': { newCount: number };
  'alerts/markSeen': Empty;
  'data/clear': Empty;
}

export type Failure = { ok: false; error: string };
export type Answer<T extends MessageType = MessageType> = ({ ok: true } & AnswerBodies[T]) | Failure;

// Fails to compile when a message type has no answer declared above.
export type AnyAnswerBody = AnswerBodies[MessageType];
