// Reading what the content script did to a page. Expectations live in the fixture pages themselves
// (data-expect-id / data-expect-mentions / data-expect-none) and are checked by the same function the
// happy-dom tests use, tests/fixtures/pages/fixture-pages.ts `expectationProblems`: the live DOM is
// serialized out of the browser and checked in node, so there is one meaning of "marked right".
import { Window } from 'happy-dom';
import { expectationProblems } from '../../fixtures/pages/fixture-pages';
import type { PortablePage } from './portable';

export interface Mark {
  tag: string;
  /** `data-paper-radar-id`, the canonical id the extension assigned. */
  id: string;
  /** `data-expect-id` from the fixture, or null when the fixture expects no mark on this element. */
  expectId: string | null;
  /** Collapsed text, for readable failure messages. */
  text: string;
}

/** Anything with a portable `evaluate`: a Playwright page, or a Firefox one (portable.ts). */
export type PageLike = Pick<PortablePage, 'evaluate'>;

/** Every element the extension marked, in document order. */
export function marks(page: PageLike): Promise<Mark[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-paper-radar-id]')].map((el) => ({
      tag: el.tagName.toLowerCase(),
      id: el.getAttribute('data-paper-radar-id') ?? '',
      expectId: el.getAttribute('data-expect-id'),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
    })),
  );
}

/** The live DOM as HTML, with the extension's attributes and inserted elements (not closed shadow roots). */
export function liveHtml(page: PageLike): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/**
 * Differences between what the extension marked and what the page expects, one readable line each;
 * empty when detection did exactly what it should. Poll it until it is empty.
 */
export async function markProblems(page: PageLike): Promise<string[]> {
  const window = new Window({
    url: 'https://fixture.invalid/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(await liveHtml(page));
    return expectationProblems(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/** How many elements the page expects to be marked (guards against an empty or missing fixture). */
export function expectedMarkCount(page: PageLike): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-expect-id]').length);
}
