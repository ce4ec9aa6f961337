// `npm start`: the offline demo in a Chromium window (demo.ts). Runs until the window is closed, then
// stops the local server and deletes the temporary profile; the user's own browser profiles are never
// opened. DEMO_EXIT_AFTER_MS=<ms> closes the browser by itself after that long (a check that the demo
// opens and ends cleanly, e.g. under xvfb-run on a machine without a display).
import { highlightedCards, startDemo, type Demo } from './demo';
import { DEMO_RULES, DEMO_SAVED } from './seed';

const exitAfterMs = Number(process.env.DEMO_EXIT_AFTER_MS ?? '') || 0;

function describe(demo: Demo, highlighted: number): string {
  const host = (name: keyof Demo['urls']) => demo.urls[name].replace(/^https:\/\//, '');
  const rules = DEMO_RULES.map((r) => `"${r.label}" (${r.query})`).join(' and ');
  return [
    '',
    'Paper Radar demo: the built extension in a fresh, temporary Chromium profile. Nothing goes online:',
    'arXiv, Hugging Face and the blog are played by a local server, from data bundled with the repository.',
    '',
    `Rules: ${rules}. Saved: ${DEMO_SAVED.length} papers. Alerts: ${demo.seed.newAlerts} new.`,
    '',
    'Tabs to try:',
    `  1. ${host('hfListing')}`,
    `     ${highlighted} cards highlighted, with the matching rules as chips. Hover a title for the summary`,
    '     card (authors, dates, AI summary, links, Save with tags, Copy BibTeX); ☆ Save on any card.',
    `  2. ${host('arxivListing')}: listing entries highlighted and saveable the same way.`,
    `  3. ${host('abs')}: the abstract page's title carries its saved state; hover the cited links.`,
    `  4. ${host('blog')}: an ordinary blog post. Hover any paper link,`,
    '     in whatever form it is written (arxiv.org/abs, pdf, DOI, ar5iv, hf.co, "arXiv:…" in text).',
    '',
    'Toolbar: the puzzle-piece menu → pin Paper Radar to see the alert badge; click it for the popup',
    '  (Saved: search, tags, BibTeX, export; Alerts: the new papers by rule).',
    `Options (rules with live preview, library, import/export): chrome-extension://${demo.session.extensionId}/options.html`,
    '',
    exitAfterMs ? `Closing by itself in ${exitAfterMs} ms (DEMO_EXIT_AFTER_MS).` : 'Close the browser window to end the demo.',
    '',
  ].join('\n');
}

/** Closes every tab, as a user closing the window does: Chromium then exits on its own. */
async function closeAllTabs(demo: Demo): Promise<void> {
  for (const page of demo.session.context.pages()) await page.close().catch(() => {});
}

async function main(): Promise<void> {
  console.log('Starting the Paper Radar demo…');
  // Ctrl-C (or a closed terminal) ends the demo like closing the window does: browser, server and
  // profile go. A signal during start-up is acted on once the demo exists.
  let demo: Demo | undefined;
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    void demo?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  try {
    demo = await startDemo({ headless: false });
  } catch (error) {
    const noDisplay = /display|X server/i.test(String(error));
    console.error(noDisplay ? 'The demo needs a display (on a server: xvfb-run npm start, or npm run screenshots).' : '', error);
    process.exit(1);
  }
  if (interrupted) void demo.stop();
  else {
    console.log(describe(demo, await highlightedCards(demo.pages.hfListing)));
    if (exitAfterMs) setTimeout(() => void closeAllTabs(demo!), exitAfterMs);
  }
  await demo.closed;
  console.log('Demo closed: browser, local server and temporary profile are gone.');
  process.exit(interrupted ? 130 : 0);
}

await main();
