/**
 * The product's data model (DESIGN §3): one zod schema per stored shape, and the TS types inferred from
 * them, so what is validated and what the code believes can never drift apart. Content scripts must not
 * import this file (it pulls in zod); they import the types through `lib/messaging/types`.
 */
import { isValidArxivId } from '../arxiv/id';
import { z } from '../zod';

/** A canonical arXiv id: no version, old ids without subject class (`math/0309136`). */
export const CanonicalIdSchema = z.string().refine(isValidArxivId, 'not a canonical arXiv id');

const count = z.number().int().nonnegative();

/** Epoch milliseconds per source, so each source ages on its own clock (arXiv 7 days, HF 6 hours). */
export const SourceTimesSchema = z.object({
  arxiv: z.number().optional(),
  hf: z.number().optional(),
});
export type SourceTimes = z.infer<typeof SourceTimesSchema>;

export const PaperSchema = z.object({
  id: CanonicalIdSchema,
  // The arXiv-only fields are absent while only Hugging Face has described the paper (a listing card
  // carries no version, categories or DOI); they arrive with the first arXiv answer.
  version: z.number().int().positive().optional(),
  title: z.string(),
  /** Display names, in arXiv's order. */
  authors: z.array(z.string()),
  abstract: z.string(),
  categories: z.array(z.string()),
  primaryCategory: z.string().optional(),
  /** ISO date of v1. */
  published: z.string().optional(),
  /** ISO date as arXiv reports `updated`; not always the latest version's date (DESIGN §5.2). */
  updated: z.string().optional(),
  doi: z.string().optional(),
  journalRef: z.string().optional(),
  comment: z.string().optional(),
  // Hugging Face extras.
  aiSummary: z.string().optional(),
  aiKeywords: z.array(z.string()).optional(),
  upvotes: count.optional(),
  githubRepo: z.string().optional(),
  githubStars: count.optional(),
  projectPage: z.string().optional(),
  numComments: count.optional(),
  /** When each source last described the paper. */
  fetchedAt: SourceTimesSchema,
  /** When each source last said it does not know the id (a negative cache entry). */
  notFound: SourceTimesSchema.optional(),
});
export type Paper = z.infer<typeof PaperSchema>;

export const SavedPaperSchema = z.object({
  id: CanonicalIdSchema,
  savedAt: z.number(),
  tags: z.array(z.string()),
  note: z.string().optional(),
  readAt: z.number().optional(),
  /** arXiv's own BibTeX entry, byte for byte (DESIGN §5.5). */
  bibtex: z.string().optional(),
  /** A snapshot, so the library exports in full after the cache was evicted. */
  paper: PaperSchema,
});
export type SavedPaper = z.infer<typeof SavedPaperSchema>;

export const RuleSchema = z.object({
  id: z.string().min(1),
  query: z.string(),
  label: z.string().optional(),
  color: z.string().optional(),
  enabled: z.boolean(),
  createdAt: z.number(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const AlertSchema = z.object({
  paperId: CanonicalIdSchema,
  ruleIds: z.array(z.string()),
  source: z.string(),
  foundAt: z.number(),
  seenAt: z.number().optional(),
});
export type Alert = z.infer<typeof AlertSchema>;

// Bounds on what a content script may hand over: page-provided text goes into the database, so a
// hostile or broken page must not be able to store megabytes per paper.
const text = (max: number) => z.string().max(max);

/**
 * What a Hugging Face listing embeds per card (DESIGN §5.3), as the content script hands it over
 * (`papers/putEmbedded`). Every field but the id is optional: the page's props change shape over time.
 */
export const EmbeddedPaperSchema = z.object({
  id: CanonicalIdSchema,
  title: text(2_000).optional(),
  summary: text(20_000).optional(),
  authors: z.array(text(500)).max(5_000).optional(),
  publishedAt: text(40).optional(),
  upvotes: count.optional(),
  aiSummary: text(5_000).optional(),
  aiKeywords: z.array(text(200)).max(100).optional(),
  githubRepo: text(500).optional(),
  githubStars: count.optional(),
  projectPage: text(500).optional(),
  numComments: count.optional(),
});
export type EmbeddedPaper = z.infer<typeof EmbeddedPaperSchema>;
