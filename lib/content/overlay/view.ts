/**
 * The overlay card for one paper, built with `h` (text nodes only) into the overlay's shadow root.
 * Rebuilt whole on each state change: it is a few dozen nodes.
 */
import type { Paper } from '../../messaging/types';
import { titleOf } from '../../ui/paper-label';
import { h } from '../dom';
import { authorsLine, compactCount, datesLine, paperLinks, publishedIn, summaryOf, versionLine } from './format';

export type OverlayStatus = 'loading' | 'ready' | 'not-found' | 'offline' | 'error';

export interface OverlayState {
  id: string;
  version: number | null;
  status: OverlayStatus;
  paper?: Paper;
  error?: string;
  labels: string[];
  color?: string;
  saved: boolean;
  tags: string[];
  /** Feedback of the last action ("Copied", an error). */
  notice?: string;
  expanded?: boolean;
}

export interface OverlayActions {
  toggleSave(): void;
  saveTags(tags: string[]): void;
  copyBibtex(): void;
  expand(): void;
}

const STATUS_TEXT: Record<Exclude<OverlayStatus, 'ready'>, string> = {
  loading: 'Loading…',
  'not-found': 'arXiv does not know this paper.',
  offline: 'You are offline and this paper is not cached yet.',
  error: 'Could not load this paper.',
};

export function overlayCard(s: OverlayState, act: OverlayActions): HTMLElement {
  const p = s.paper;
  const card = h('div', { class: 'card', role: 'dialog', 'aria-label': p ? `Paper: ${p.title}` : `Paper ${s.id}` });
  card.append(h('h2', null, titleOf(p ?? { id: s.id, title: '' })));
  if (!p) {
    card.append(h('p', { class: 'meta', role: 'status' }, s.status === 'ready' ? '' : STATUS_TEXT[s.status], s.error ? ` (${s.error})` : ''));
  } else {
    const version = versionLine(s.version, p.version);
    const meta = [datesLine(p), version, p.primaryCategory ?? p.categories[0]].filter(Boolean).join(' · ');
    card.append(h('p', null, authorsLine(p.authors)), h('p', { class: 'meta' }, meta));
    const pub = publishedIn(p);
    if (pub) card.append(h('p', { class: 'meta' }, pub));
    const sum = summaryOf(p);
    if (sum) {
      card.append(h('p', { class: s.expanded ? 'sum open' : 'sum' }, h('span', { class: 'kind' }, `${sum.kind}:`), ' ', sum.text));
      if (!s.expanded && sum.text.length > 400) card.append(h('button', { class: 'link', type: 'button', onclick: act.expand }, 'Show all'));
    }
    const counts = [p.upvotes !== undefined && `▲ ${compactCount(p.upvotes)} upvotes`, p.githubStars !== undefined && `★ ${compactCount(p.githubStars)} stars`];
    if (counts.some(Boolean)) card.append(h('p', { class: 'meta' }, counts.filter(Boolean).join(' · ')));
    if (s.status === 'loading') card.append(h('p', { class: 'meta', role: 'status' }, 'Loading details…'));
  }
  if (s.labels.length) {
    const chips = h('div', { class: 'row', 'aria-label': 'Matched rules' });
    for (const label of s.labels) chips.append(h('span', { class: 'chip', style: s.color ? `--c:${s.color}` : undefined }, label));
    card.append(chips);
  }
  const links = h('div', { class: 'row' });
  for (const l of paperLinks({ id: s.id, githubRepo: p?.githubRepo, projectPage: p?.projectPage }, s.version)) {
    links.append(h('a', { href: l.href, target: '_blank', rel: 'noopener noreferrer' }, l.label));
  }
  card.append(links);
  const tags = h('input', { type: 'text', value: s.tags.join(', '), placeholder: 'tags, comma separated', 'aria-label': 'Tags' });
  const saveTags = () => act.saveTags(tags.value.split(',').map((t) => t.trim()).filter(Boolean));
  tags.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') saveTags();
  });
  card.append(
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', 'aria-pressed': String(s.saved), onclick: act.toggleSave }, s.saved ? '★ Saved' : '☆ Save'),
      tags,
      h('button', { type: 'button', onclick: saveTags }, s.saved ? 'Set tags' : 'Save with tags'),
      h('button', { type: 'button', onclick: act.copyBibtex }, 'Copy BibTeX'),
    ),
  );
  if (s.notice) card.append(h('p', { class: 'meta', role: 'status' }, s.notice));
  return card;
}
