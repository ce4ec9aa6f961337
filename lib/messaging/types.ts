/**
 * The message contract as TypeScript types only. Content scripts import from here (never from
 * `./protocol`), so zod stays out of the every-page bundle: every import below is `import type` and
 * vanishes at build time.
 */
import type { z } from 'zod';
import type { Alert, EmbeddedPaper, Paper, Rule, SavedPaper } from '../papers/schema';
import type { LibrarySort, MessageType, REQUEST_SCHEMAS } from './protocol';

export type { Alert, EmbeddedPaper, LibrarySort, MessageType, Paper, Rule, SavedPaper };

/** The request for `T`, e.g. `Request<'papers/get'>` = `{ type: 'papers/get'; ids: string[]; extras?: boolean }`. */
export type Request<T extends MessageType = MessageType> = T extends MessageType ? z.input<(typeof REQUEST_SCHEMAS)[T]> : never;

type Empty = Record<never, never>;

/** What a page shows for one paper (`papers/annotate`). */
export interface PaperMark {
  /** Canonical id. */
  id: string;
  /** Labels of the enabled rules it matches, in rule order (DESIGN §6). */
  labels: string[];
  /** Colour of the first matched rule that has one. */
  color?: string;
  saved: boolean;
  tags: string[];
  /**
   * False while the background still waits for what matching needs (the paper's metadata, or its
   * categories when a rule uses `cat:`): ask again later, the lookup is under way.
   */
  known: boolean;
}

/**
 * One alert as the popup shows it (`alerts/list`, newest first). `source` of the stored alert:
 * `hf-daily`, `arxiv-rss`, or `saved-version` (a saved paper got a new version; then `rules` is empty
 * and `version` is the new one).
 */
export interface AlertView extends Alert {
  paper?: Paper;
  /** The rules it matched, in rule order, with what the UI shows for each. */
  rules: { id: string; label: string; color?: string }[];
  /** The folded text words the rules matched (lib/rules TermMatch.words), for marking in title/abstract. */
  terms: string[];
  version?: number;
}

/** `rules/preview`: a parse error (position and problem), or the matching papers among those scanned. */
export type RulePreview =
  | { error: { message: string; position: number }; papers: []; matched: 0; scanned: number }
  | { error?: undefined; papers: Paper[]; matched: number; scanned: number };

/** What each request answers on success, besides `ok: true`. */
export interface AnswerBodies {
  'papers/get': { papers: Paper[]; notFound: string[]; pending: string[] };
  'papers/putEmbedded': { stored: number };
  /** Only the papers that show something (a label, saved) or are not known yet: an id asked for and left out is known and plain. */
  'papers/annotate': { marks: PaperMark[] };
  'papers/bibtex': { bibtex: string; key: string };
  'library/save': { saved: SavedPaper };
  'library/update': { saved: SavedPaper };
  'library/remove': { removed: SavedPaper[] };
  'library/restore': Empty;
  'library/list': { saved: SavedPaper[]; total: number };
  'library/export': { filename: string; mimeType: string; text: string };
  'library/tags': { tags: { tag: string; count: number }[] };
  'library/import': { added: number; updated: number; skipped: number; errors: string[]; rulesAdded: number };
  'rules/add': { rule: Rule };
  'rules/update': { rule: Rule };
  'rules/remove': { removed: boolean };
  'rules/list': { rules: Rule[] };
  'rules/preview': RulePreview;
  'alerts/list': { alerts: AlertView[] };
  'alerts/check': { newCount: number };
  'alerts/markSeen': Empty;
  'alerts/dismiss': Empty;
  'data/clear': Empty;
}

export type Failure = { ok: false; error: string };
export type Answer<T extends MessageType = MessageType> = ({ ok: true } & AnswerBodies[T]) | Failure;

// Fails to compile when a message type has no answer declared above.
export type AnyAnswerBody = AnswerBodies[MessageType];

/**
 * Notices the background sends to content scripts (`tabs.sendMessage`) and extension pages
 * (`runtime.sendMessage`) after a change, so every open tab shows it at once. Fire and forget: a
 * receiver must not answer, and must treat a notice as "look again" (none arrives for changes made
 * while a page was not listening, and in a browser that hides our own tabs' URLs an options page in a
 * tab may hear one twice).
 *
 * Receivers in extension pages beware: `runtime.onMessage` there also hears the *requests* other
 * extension pages send to the background (verified in Chrome). A page's listener must act only on
 * these notice types and must never answer anything (returning a value or a promise would race the
 * background's answer to another page's request).
 */
export type LibraryChanged = {
  type: 'library/changed';
  /** Canonical ids whose saved state or record changed. */
  ids: string[];
  /** Whether those papers are saved now. */
  saved: boolean;
};
export type RulesChanged = { type: 'rules/changed' };
/** Alerts were found, seen or dismissed (sent to extension pages only): an open popup lists them again. */
export type AlertsChanged = { type: 'alerts/changed' };
export type BackgroundNotice = LibraryChanged | RulesChanged | AlertsChanged;
