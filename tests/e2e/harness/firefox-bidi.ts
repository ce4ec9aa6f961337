// Raw WebDriver BiDi commands on a Puppeteer page, for what Puppeteer's API does not cover: reading
// inside closed shadow roots, and the URL of a tab that shows an extension page. Puppeteer keeps its BiDi connection (`Browser.connection`) and a page's
// browsing-context id (`Frame._id`) internal; both are read here, and checked, so a Puppeteer update
// that moves them fails with this file's name rather than with an undefined deep inside a spec.
//
// Verified here (firefox-esr 153, puppeteer-core 24.43): `script.callFunction` with
// `serializationOptions.includeShadowTree: 'all'` serializes a host element with its closed shadow
// root (`value.shadowRoot`, a node with a `sharedId`); passing that `sharedId` as `this` runs a
// function with the closed root as `this`, in the page's main realm, as DevTools does in Chromium.
// A tab showing a moz-extension:// document is `about:blank` to Puppeteer (BiDi sends no navigation
// events for extension documents), but `browsingContext.getTree` reports its URL.
import type { Browser, Page } from 'puppeteer-core';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

interface BidiSend {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

const internalsMoved = () => new Error('firefox-bidi: Puppeteer no longer exposes Browser.connection or Frame._id (changed internals?)');

function connectionOf(browser: Browser): BidiSend {
  const connection = (browser as unknown as { connection?: BidiSend }).connection;
  if (typeof connection?.send !== 'function') throw internalsMoved();
  return connection;
}

function bidiOf(page: Page): { connection: BidiSend; context: string } {
  const context = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof context !== 'string') throw internalsMoved();
  return { connection: connectionOf(page.browser()), context };
}

/** Every tab's page with the URL it really shows (extension pages included), in the browser's order. */
export async function tabsWithUrls(browser: Browser): Promise<{ page: Page; url: string }[]> {
  const { result } = await connectionOf(browser).send('browsingContext.getTree', { maxDepth: 0 });
  const urls = new Map((result as { contexts: { context: string; url: string }[] }).contexts.map((c) => [c.context, c.url]));
  return (await browser.pages()).map((page) => ({ page, url: urls.get(bidiOf(page).context) ?? page.url() }));
}

async function callFunction(page: Page, params: Record<string, unknown>): Promise<RemoteValue> {
  const { connection, context } = bidiOf(page);
  const { result } = await connection.send('script.callFunction', { awaitPromise: true, target: { context }, ...params });
  const outcome = result as EvaluateResult;
  if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails.text);
  return outcome.result;
}

/**
 * Runs `fn` (a function source, `this` = the shadow root) in the closed shadow root of each `<tag>`
 * element of the document, in document order, and returns the results (JSON values). Hosts are looked
 * for in the document itself, where the extension puts them, not inside other shadow roots.
 */
export async function bidiShadowRoots<T>(page: Page, tag: string, fn: string): Promise<T[]> {
  const hosts = await callFunction(page, {
    functionDeclaration: '(tag) => [...document.querySelectorAll(tag)]',
    arguments: [{ type: 'string', value: tag }],
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const out: T[] = [];
  for (const host of (hosts.value as RemoteValue[] | undefined) ?? []) {
    const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
    if (!shadow?.sharedId) continue;
    // JSON both ways, as CDP's returnByValue: BiDi's own serialization would need a deserializer.
    const result = await callFunction(page, {
      functionDeclaration: `function () { const value = (${fn}).call(this); return value === undefined ? undefined : JSON.stringify(value); }`,
      this: { sharedId: shadow.sharedId },
    }).catch((error: Error) => {
      throw new Error(`in <${tag}>'s shadow root: ${error.message}`);
    });
    out.push((result.type === 'string' ? JSON.parse(result.value as string) : undefined) as T);
  }
  return out;
}
