/**
 * What the overlay says about a paper, as plain strings and link lists: pure, so it is tested
 * without a DOM. Remote text passes through untouched apart from whitespace; it becomes text nodes.
 */
import { absUrl, collapse, pdfUrl } from '../../export/fields';
import type { Paper } from '../../messaging/types';

export function authorsLine(authors: readonly string[], shown = 3): string {
  if (authors.length === 0) return 'Authors unknown';
  if (authors.length <= shown + 1) return authors.join(', ');
  return `${authors.slice(0, shown).join(', ')} et al. (${authors.length} authors)`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Jun 2017" from an ISO date (UTC, as arXiv dates its versions); null when unreadable. */
export function shortDate(iso: string | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m || +m[2]! < 1 || +m[2]! > 12 || +m[3]! < 1 || +m[3]! > 31) return null;
  return `${+m[3]!} ${MONTHS[+m[2]! - 1]} ${m[1]}`;
}

/** First-version date and, when it differs, arXiv's "updated" (not always the latest version's date, DESIGN §5.2). */
export function datesLine(p: Pick<Paper, 'published' | 'updated'>): string | null {
  const first = shortDate(p.published);
  const updated = shortDate(p.updated);
  if (!first) return updated ? `Updated ${updated}` : null;
  return updated && updated !== first ? `Submitted ${first} · updated ${updated}` : `Submitted ${first}`;
}

/** The version the link points to against the latest known one. */
export function versionLine(linked: number | null, latest: number | undefined): string | null {
  if (!latest) return linked ? `v${linked}` : null;
  if (!linked || linked === latest) return `v${latest} (latest)`;
  if (linked < latest) return `This link: v${linked} · latest: v${latest}`;
  return `v${linked}`;
}

export function publishedIn(p: Pick<Paper, 'journalRef' | 'doi'>): string | null {
  const ref = collapse(p.journalRef);
  if (ref) return `Published in ${ref}${p.doi ? ` · DOI ${p.doi}` : ''}`;
  return p.doi ? `DOI ${p.doi}` : null;
}

/** The AI summary when Hugging Face has one, else the abstract; TeX stays as written, whitespace collapsed. */
export function summaryOf(p: Pick<Paper, 'aiSummary' | 'abstract'>): { kind: 'AI summary' | 'Abstract'; text: string } | null {
  const ai = collapse(p.aiSummary);
  if (ai) return { kind: 'AI summary', text: ai };
  const abs = collapse(p.abstract);
  return abs ? { kind: 'Abstract', text: abs } : null;
}

export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  const [value, unit] = n < 999_500 ? [n / 1e3, 'k'] : [n / 1e6, 'M'];
  return value < 10 ? `${value.toFixed(1).replace(/\.0$/, '')}${unit}` : `${Math.round(value)}${unit}`;
}

/** Only http(s) URLs from remote data become links (no `javascript:` from a hostile API answer). */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function paperLinks(p: Pick<Paper, 'id' | 'githubRepo' | 'projectPage'>, version: number | null): { label: string; href: string }[] {
  const v = version ? `v${version}` : '';
  const links = [
    { label: 'Abstract', href: absUrl(p.id + v) },
    { label: 'PDF', href: pdfUrl(p.id + v) },
    { label: 'HTML', href: `https://arxiv.org/html/${p.id}${v}` },
    { label: 'Hugging Face', href: `https://huggingface.co/papers/${p.id}` },
    { label: 'alphaXiv', href: `https://www.alphaxiv.org/abs/${p.id}` },
  ];
  const code = safeUrl(p.githubRepo);
  if (code) links.push({ label: 'Code', href: code });
  const project = safeUrl(p.projectPage);
  if (project) links.push({ label: 'Project page', href: project });
  return links;
}
