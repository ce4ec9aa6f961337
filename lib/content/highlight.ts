/**
 * Highlights of matched papers: one page-level stylesheet keyed on the DESIGN §6 attributes, added on
 * the first match. Box shadows, outlines and backgrounds only: nothing that moves the page's layout.
 * A card (Hugging Face's `<article>`) also gets an outline: an inset shadow is painted under the card's
 * children, and Hugging Face paints a gradient over its whole body.
 * The page can see these styles and attributes; the README says so, and a site can be switched off.
 */
import { h } from './dom';

const CSS = `[data-paper-radar-match]{box-shadow:inset 4px 0 0 var(--paper-radar-color,#e3a008)!important}
a[data-paper-radar-match],span[data-paper-radar-match]{box-shadow:none!important;background:color-mix(in srgb,var(--paper-radar-color,#e3a008) 22%,transparent)!important;border-radius:3px}
article[data-paper-radar-match]{outline:2px solid var(--paper-radar-color,#e3a008)!important;outline-offset:-2px!important}
h1[data-paper-radar-match]{box-shadow:none!important;text-decoration:underline 3px var(--paper-radar-color,#e3a008)!important}`;

let style: HTMLStyleElement | undefined;

export function setHighlight(el: Element, labels: readonly string[], color: string | undefined): void {
  if (labels.length && !style?.isConnected) (document.head ?? document.documentElement).append((style ??= h('style', { 'data-paper-radar': '' }, CSS)));
  // Most marked elements match nothing and never had a colour: leave their style object unmade.
  if (!labels.length && !el.hasAttribute('style')) return;
  const s = (el as HTMLElement).style;
  if (!s) return;
  if (labels.length && color) s.setProperty('--paper-radar-color', color);
  else if (s.getPropertyValue('--paper-radar-color')) s.removeProperty('--paper-radar-color');
}
