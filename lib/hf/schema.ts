/**
 * Hugging Face paper data, read defensively (DESIGN §5.3: "read every optional field defensively").
 * Unknown keys are dropped, and each optional field falls back to "absent" on its own when its value
 * has the wrong shape, so one odd field (a null repo, a string count) never costs the whole paper.
 */
import { z } from '../zod';

/** Optional, and absent rather than an error when malformed or null. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const HfAuthorSchema = z.object({ name: lenient(z.string()), hidden: lenient(z.boolean()) });

/** `GET /api/papers/<id>`: the flat shape; also what daily-papers items nest under `paper`. */
export const HfPaperSchema = z.object({
  id: z.string().min(1),
  title: lenient(z.string()),
  summary: lenient(z.string()),
  authors: lenient(z.array(z.unknown()).transform((list) => list.flatMap((a) => {
    const parsed = HfAuthorSchema.safeParse(a);
    return parsed.success && parsed.data.name?.trim() ? [parsed.data.name.trim()] : [];
  }))),
  publishedAt: lenient(z.string()),
  submittedOnDailyAt: lenient(z.string()),
  upvotes: lenient(z.number().int().nonnegative()),
  ai_summary: lenient(z.string()),
  ai_keywords: lenient(z.array(z.string())),
  githubRepo: lenient(z.string()),
  githubStars: lenient(z.number().int().nonnegative()),
  projectPage: lenient(z.string()),
  numComments: lenient(z.number().int().nonnegative()),
  organization: lenient(z.object({ name: lenient(z.string()), fullname: lenient(z.string()) })),
});
export type HfPaper = z.infer<typeof HfPaperSchema>;

/** One item of `GET /api/daily_papers` (and of a listing page's `dailyPapers`): fields under `paper`. */
export const HfDailyItemSchema = z.object({
  paper: HfPaperSchema,
  title: lenient(z.string()),
  summary: lenient(z.string()),
  publishedAt: lenient(z.string()),
  numComments: lenient(z.number().int().nonnegative()),
  thumbnail: lenient(z.string()),
  submittedBy: lenient(z.object({ name: lenient(z.string()), fullname: lenient(z.string()) })),
});
export type HfDailyItem = z.infer<typeof HfDailyItemSchema>;
