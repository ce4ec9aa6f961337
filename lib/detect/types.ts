/**
 * Shapes shared by the detectors, the scanner and whoever consumes detections (overlay, highlighting,
 * the background messages). Pure types: nothing here ends up in the bundle.
 */

export type Surface =
  | 'hf-card'
  | 'hf-paper'
  | 'arxiv-listing'
  | 'arxiv-search'
  | 'arxiv-abs'
  | 'link'
  | 'mention';

/** What detectors need to know about the page; a plain object so tests can pass any URL. */
export interface PageLocation {
  href: string;
  hostname: string;
  pathname: string;
}

/**
 * Paper data a Hugging Face page already embeds (DESIGN §5.3), so a card can be shown and matched
 * without a request. Remote text: render it as text only.
 */
export interface EmbeddedPaper {
  id: string;
  title: string;
  summary: string;
  authors: string[];
  publishedAt?: string;
  submittedOnDailyAt?: string;
  upvotes?: number;
  aiSummary?: string;
  aiKeywords?: string[];
  githubRepo?: string;
  githubStars?: number;
  projectPage?: string;
  numComments?: number;
  /** Display name of the organisation (its full name when the page has one). */
  organization?: string;
}

export interface Detection {
  /** The element that carries `data-paper-radar-id` (DESIGN §6). */
  element: Element;
  /** Canonical arXiv id, no version. */
  id: string;
  version: number | null;
  surface: Surface;
  meta?: EmbeddedPaper;
}

export interface Detector {
  name: string;
  appliesTo(loc: PageLocation): boolean;
  /**
   * Finds paper elements in `root` (a document, or a subtree added later; `root` itself counts).
   * Detectors only read the DOM, apart from the mention detector, which wraps text in spans; marking
   * is the scanner's job, so that each detector sees what the ones before it marked. Each element is
   * returned at most once (the scanner dedupes across detectors, not within one).
   */
  detect(root: ParentNode, loc: PageLocation): Detection[];
}
