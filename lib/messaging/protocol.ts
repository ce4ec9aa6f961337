/**
 * The message protocol between content scripts / extension pages and the background (DESIGN §4): every
 * request as a zod schema, keyed by its `domain/verb` type. The names and shapes are a public contract
 * (end-to-end tests drive the extension through them from an extension page): add, never rename.
 *
 * Messages added beyond the DESIGN table:
 * - `papers/putEmbedded` { items }: a Hugging Face listing's embedded card data (DESIGN §5.3), handed
 *   over by the content script so the cache knows those papers without a request. Accepted only from
 *   huggingface.co pages and extension pages: it writes page-provided text into the cache.
 * - `data/clear` {}: the options page's "clear data". Privileged.
 * - `papers/get` takes an optional `extras: true` to also fetch Hugging Face extras, an optional
 *   `arxiv: true` to require arXiv's metadata for papers only Hugging Face described, and answers an
 *   extra `pending` list (ids not answered yet, still owed).
 * - `library/import` also answers `rulesAdded` (rules a backup brought); `rules/remove` answers
 *   `removed` (false when no rule had that id: removing is idempotent).
 *
 * - `papers/annotate` { ids }: what a page shows for each paper (matched rule labels and colour, saved
 *   state and tags), matched in the background so the every-page script carries no matcher. Papers
 *   that show nothing (known, unmatched, not saved) are left out of the answer. `any`.
 * - `papers/bibtex` { id }: the BibTeX entry for one paper (arXiv's own when saved, else generated). `any`.
 * - `library/tags` {}: every tag with its count, for the tag filter.
 * - `rules/preview` { query, limit? }: the cached and recently seen papers a query matches (options).
 * - `alerts/dismiss` { paperIds }: removes alerts from the list (seen and gone).
 *
 * The background also sends notices of its own (not requests; types in `./types`):
 * `library/changed` { ids, saved } and `rules/changed` {} (lib/background/broadcast.ts), and
 * `alerts/changed` {} to extension pages (lib/alerts/service.ts).
 *
 * Background and extension pages only: content scripts import `./types` (no zod in their bundle).
 */
import { EmbeddedPaperSchema, SavedPaperSchema } from '../papers/schema';
import { MAX_LABEL_LENGTH } from '../rules/label';
import { z } from '../zod';

/** An arXiv id in any form the id parser reads (plain, versioned, URL, `arXiv:`…). */
const IdInput = z.string().min(1).max(500);
const Tag = z.string().trim().min(1).max(100);
const Note = z.string().max(20_000);

export const EXPORT_FORMATS = ['bibtex', 'biblatex', 'ris', 'csv', 'csl-json', 'json', 'markdown'] as const;
const ExportFormat = z.enum(EXPORT_FORMATS);

/**
 * The orders of `library/list` (lib/library/list.ts): `saved` newest saved first (the default),
 * `published` newest v1 first, `title` A→Z.
 */
export const LIBRARY_SORTS = ['saved', 'published', 'title'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

const RuleFields = {
  query: z.string().trim().min(1).max(2_000),
  // Labels are joined with commas in `data-paper-radar-match` (DESIGN §6), so they may not hold one.
  label: z.string().max(MAX_LABEL_LENGTH).refine((s) => !s.includes(','), 'a rule label may not contain a comma').optional(),
  color: z.string().max(40).optional(),
  enabled: z.boolean().optional(),
};

export const REQUEST_SCHEMAS = {
  'papers/get': message('papers/get', {
    ids: z.array(IdInput).max(2_000),
    extras: z.boolean().optional(),
    arxiv: z.boolean().optional(),
  }),
  'papers/putEmbedded': message('papers/putEmbedded', { items: z.array(EmbeddedPaperSchema).max(1_000) }),
  'papers/annotate': message('papers/annotate', { ids: z.array(IdInput).max(5_000) }),
  'papers/bibtex': message('papers/bibtex', { id: IdInput }),

  'library/save': message('library/save', { id: IdInput, tags: z.array(Tag).max(100).optional(), note: Note.optional() }),
  'library/update': message('library/update', {
    id: IdInput,
    tags: z.array(Tag).max(100).optional(),
    note: Note.optional(),
    read: z.boolean().optional(),
  }),
  'library/remove': message('library/remove', { ids: z.array(IdInput).min(1).max(10_000) }),
  'library/restore': message('library/restore', { saved: z.array(SavedPaperSchema).max(100_000) }),
  'library/list': message('library/list', {
    offset: z.number().int().nonnegative().optional(),
    limit: z.number().int().positive().max(10_000).optional(),
    query: z.string().max(1_000).optional(),
    tag: Tag.optional(),
    sort: z.enum(LIBRARY_SORTS).optional(),
  }),
  'library/export': message('library/export', {
    format: ExportFormat,
    ids: z.array(IdInput).max(100_000).optional(),
    tag: Tag.optional(),
  }),
  'library/import': message('library/import', { text: z.string().max(50_000_000), format: ExportFormat.optional() }),
  'library/tags': message('library/tags', {}),

  'rules/add': message('rules/add', RuleFields),
  'rules/update': message('rules/update', { id: z.string().min(1).max(100), ...RuleFields, query: RuleFields.query.optional() }),
  'rules/remove': message('rules/remove', { id: z.string().min(1).max(100) }),
  'rules/list': message('rules/list', {}),
  'rules/preview': message('rules/preview', { query: z.string().max(2_000), limit: z.number().int().positive().max(500).optional() }),

  'alerts/list': message('alerts/list', {}),
  'alerts/check': message('alerts/check', {}),
  'alerts/markSeen': message('alerts/markSeen', { paperIds: z.array(IdInput).max(100_000).optional() }),
  'alerts/dismiss': message('alerts/dismiss', { paperIds: z.array(IdInput).min(1).max(100_000) }),

  'data/clear': message('data/clear', {}),
} as const;

export type MessageType = keyof typeof REQUEST_SCHEMAS;
export const MESSAGE_TYPES = Object.keys(REQUEST_SCHEMAS) as MessageType[];

/** Every request, discriminated on `type`. */
export const RequestSchema = z.discriminatedUnion(
  'type',
  Object.values(REQUEST_SCHEMAS) as unknown as [
    (typeof REQUEST_SCHEMAS)[MessageType],
    ...(typeof REQUEST_SCHEMAS)[MessageType][],
  ],
);

/**
 * Who may send what. `extension-page`: the popup, options and other pages of this extension only
 * (imports and restores write the library wholesale, clear deletes it, export and list read all of it,
 * rules and alerts are managed from the popup and options). `hf-page`: content scripts on
 * huggingface.co, and extension pages. `any`: our content scripts too — only what a page needs
 * (metadata by id, saving and unsaving the paper in front of the user, the rules for highlighting), so a
 * compromised page process cannot read out the library or rewrite the rules.
 */
export type SenderPolicy = 'any' | 'hf-page' | 'extension-page';
export const SENDER_POLICY: Record<MessageType, SenderPolicy> = {
  'papers/get': 'any',
  'papers/putEmbedded': 'hf-page',
  'papers/annotate': 'any',
  'papers/bibtex': 'any',
  'library/save': 'any',
  'library/update': 'any',
  'library/remove': 'any',
  'library/restore': 'extension-page',
  'library/list': 'extension-page',
  'library/export': 'extension-page',
  'library/import': 'extension-page',
  'library/tags': 'extension-page',
  'rules/add': 'extension-page',
  'rules/update': 'extension-page',
  'rules/remove': 'extension-page',
  'rules/list': 'any',
  'rules/preview': 'extension-page',
  'alerts/list': 'extension-page',
  'alerts/check': 'extension-page',
  'alerts/markSeen': 'extension-page',
  'alerts/dismiss': 'extension-page',
  'data/clear': 'extension-page',
};
