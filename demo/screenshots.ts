// `npm run screenshots`: drives the offline demo (demo.ts) headless and writes the README's pictures to
// docs/screenshots/: the Hugging Face listing with highlighted cards, the summary overlay in light and
// dark, the popup's Saved and Alerts tabs, and the options page's keyword rules.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { overlayText } from '../tests/e2e/harness';
import { repoRoot } from '../tests/e2e/harness/paths';
import { HIGHLIGHTED, highlightedCards, startDemo, type Demo } from './demo';

const OUT = path.join(repoRoot, 'docs/screenshots');
const POLL_MS = 100;

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`screenshots: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, clip, animations: 'disabled' });
  console.log(`  ${path.relative(repoRoot, file)}`);
}

/** Scrolls to the stretch of the listing that shows the most highlighted cards in one screen. */
async function scrollToMostHighlights(page: Page, viewportHeight: number): Promise<void> {
  const y = await page.evaluate(
    ([selector, height]) => {
      const cards = [...document.querySelectorAll('article')].map((a) => {
        const r = a.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, hit: a.matches(selector) };
      });
      let best = { y: 0, hits: -1 };
      for (const c of cards) {
        const top = c.top - 24;
        const hits = cards.filter((o) => o.hit && o.top >= top && o.bottom <= top + height).length;
        if (hits > best.hits) best = { y: top, hits };
      }
      return best.y;
    },
    [HIGHLIGHTED, viewportHeight] as const,
  );
  await page.evaluate((top) => scrollTo(0, top), y);
}

/** Hovers the title of the highlighted card nearest the top of the screen; the overlay's box with the card's. */
async function hoverHighlightedTitle(page: Page) {
  await page.mouse.move(5, 5);
  await until('the overlay to close', async () => (await overlayText(page)) === null);
  const title = page.locator(`${HIGHLIGHTED} h3 a`).first();
  await title.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, -90));
  await title.hover();
  // The Hugging Face counts arrive after the first paint: wait for them, so the card is complete.
  await until('the overlay with upvotes', async () => (await overlayText(page))?.includes('upvote'));
  await page.waitForTimeout(300);
  return page.evaluate((selector) => {
    const box = (el: Element | null) => el!.getBoundingClientRect();
    const o = box(document.querySelector('paper-radar-overlay'));
    const title = document.querySelector(`${selector} h3 a`)!;
    const c = box(title.closest('article'));
    const x = Math.max(0, Math.min(o.left, c.left) - 24);
    const y = Math.max(0, Math.min(o.top, c.top) - 24);
    return { x, y, width: Math.min(innerWidth, Math.max(o.right, c.right) + 24) - x, height: Math.min(innerHeight, Math.max(o.bottom, c.bottom) + 24) - y };
  }, HIGHLIGHTED);
}

async function listing(demo: Demo) {
  const page = demo.pages.hfListing;
  await page.setViewportSize({ width: 1280, height: 860 });
  await highlightedCards(page);
  await scrollToMostHighlights(page, 860);
  await page.waitForTimeout(300);
  await shot(page, 'hf-listing-highlights.png');

  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'overlay-light.png', await hoverHighlightedTitle(page));
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'overlay-dark.png', await hoverHighlightedTitle(page));
  await page.emulateMedia({ colorScheme: 'light' });
}

async function popup(demo: Demo) {
  const page = await demo.session.openExtensionPage('popup.html');
  await page.setViewportSize({ width: 440, height: 600 });
  await page.click('#tab-saved');
  await until('saved papers in the popup', () => page.locator('#panel-saved .paper-row:not(.loading)').count());
  await page.waitForTimeout(300);
  await shot(page, 'popup-saved.png');
  await page.click('#tab-alerts');
  await until('alerts in the popup', () => page.locator('#panel-alerts .pr-alert').count());
  await page.waitForTimeout(300);
  await shot(page, 'popup-alerts.png');
  await page.close();
}

async function options(demo: Demo) {
  const page = await demo.session.openExtensionPage('options.html#rules');
  await page.setViewportSize({ width: 1100, height: 1000 });
  await until('the keyword rules', () => page.locator('#rules .pr-rule').count());
  // The editor of the first rule, with its live preview of the papers it matches.
  await page.locator('#rules .pr-rule button', { hasText: 'Edit' }).first().click();
  await until('the rule preview', () => page.locator('#rules .pr-preview-list li').count());
  await page.evaluate(() => document.getElementById('rules')!.scrollIntoView());
  await page.waitForTimeout(300);
  await shot(page, 'options-rules.png');
  await page.close();
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  console.log('Starting the demo headless…');
  const demo = await startDemo({ headless: true });
  try {
    console.log(`Writing screenshots (${demo.seed.newAlerts} alerts, badge "${await demo.badge()}"):`);
    await listing(demo);
    await popup(demo);
    await options(demo);
  } finally {
    await demo.stop();
  }
}

await main();
