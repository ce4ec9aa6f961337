/**
 * One paper as the arXiv API describes it, after parsing (lib/arxiv/atom.ts) and before it is merged
 * into the cache. Validated with zod so that nothing half-parsed reaches IndexedDB.
 */
import { CanonicalIdSchema } from '../papers/schema';
import { z } from '../zod';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

export const ArxivAuthorSchema = z.object({
  name: z.string().min(1),
  affiliations: z.array(z.string()),
});

export const ArxivEntrySchema = z.object({
  id: CanonicalIdSchema,
  /**
   * From `<id>` (`…/abs/2206.06921v3` → 3). Both servers always name one; optional so that a server
   * that stopped doing so would cost us the version, not every paper.
   */
  version: z.number().int().positive().optional(),
  title: z.string().min(1),
  summary: z.string(),
  authors: z.array(ArxivAuthorSchema),
  /** arXiv category codes only (see atom.ts for the MSC/ACM terms left out). */
  categories: z.array(z.string()),
  primaryCategory: z.string().optional(),
  published: isoDate,
  updated: isoDate,
  comment: z.string().optional(),
  journalRef: z.string().optional(),
  doi: z.string().optional(),
  /** Built from id + version, never read from `<link>` (whose attributes differ between servers). */
  absUrl: z.string(),
  pdfUrl: z.string(),
});
export type ArxivEntry = z.infer<typeof ArxivEntrySchema>;
export type ArxivAuthor = z.infer<typeof ArxivAuthorSchema>;
