// The offline demo (issue #7, `npm start`), run headless by the same start function, so it cannot
// rot: the seeded rules highlight Hugging Face cards, the alert check against the mocked daily papers
// sets the toolbar badge, hovering a highlighted card's title shows that paper's overlay, and nothing
// the demo asks for goes to a host the harness does not play.
//
// Chromium only, and not a `describe.each(BROWSERS)` spec: it tests the demo itself, and the demo
// (`npm start`, demo/demo.ts) is a Chromium window by design (README, Demo). The features it shows
// are tested by their own specs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHTED, highlightedCards, startDemo, type Demo } from '../../demo/demo';
import { DEMO_RULES } from '../../demo/seed';
import { overlayText } from './harness';

const POLL = { timeout: 15_000, interval: 200 };

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo({ headless: true });
});
afterAll(async () => {
  await demo?.stop();
});

describe('the offline demo', () => {
  it('highlights cards, shows the alert badge and the overlay, and stays offline', async () => {
    const page = demo.pages.hfListing;
    expect(await highlightedCards(page)).toBeGreaterThan(0);
    const labels = await page.locator(HIGHLIGHTED).evaluateAll((els) => els.map((el) => el.getAttribute('data-paper-radar-match')));
    expect(new Set(labels.flatMap((l) => (l ?? '').split(',')))).toEqual(new Set(DEMO_RULES.map((r) => r.label)));

    expect(demo.seed.newAlerts).toBeGreaterThan(0);
    expect(await demo.badge()).toBe(String(demo.seed.newAlerts));

    const title = page.locator(`${HIGHLIGHTED} h3 a`).first();
    const titleText = (await title.textContent())!.trim();
    await title.hover();
    await expect.poll(() => overlayText(page), POLL).toContain(titleText);

    expect(demo.session.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
  });
});
