// Reading inside the extension's closed shadow roots (overlay, chips, toggles). Page scripts cannot;
// the automation protocols can (DESIGN §6). Chromium, through DevTools: DOM.getDocument with `pierce`
// lists closed roots, DOM.resolveNode hands one to Runtime.callFunctionOn. Firefox, through WebDriver
// BiDi (firefox-bidi.ts): a host serialized with `includeShadowTree: 'all'` names its closed root,
// which a function then gets as `this`. Both run `fn` in the page's main world, never the extension's.
import type { CDPSession, Page } from 'playwright-core';
import { bidiShadowRoots } from './firefox-bidi';
import { puppeteerPageOf } from './firefox-pages';
import type { PortablePage } from './portable';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

async function session(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

function collect(node: DomNode, tag: string, out: DomNode[]): DomNode[] {
  if (node.nodeName === tag.toUpperCase()) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child, tag, out);
  return out;
}

/**
 * Runs `fn` (a function source, `this` = the shadow root) in each `<tag>` host's closed shadow root, in
 * document order, and returns the results (JSON values). `page` is a web page of either browser.
 */
export async function inShadowRoots<T>(page: PortablePage, tag: string, fn: string): Promise<T[]> {
  const firefoxPage = puppeteerPageOf(page);
  if (firefoxPage) return bidiShadowRoots<T>(firefoxPage, tag, fn);
  if (!('context' in page)) throw new Error('inShadowRoots: not a web page of either browser (an extension page?)');
  return cdpShadowRoots<T>(page as Page, tag, fn);
}

async function cdpShadowRoots<T>(page: Page, tag: string, fn: string): Promise<T[]> {
  const cdp = await session(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const out: T[] = [];
    for (const host of collect(root, tag, [])) {
      const shadow = host.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: fn,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in <${tag}>'s shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      out.push(result.value as T);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** The overlay's visible text, or null when no overlay is shown. */
export async function overlayText(page: PortablePage): Promise<string | null> {
  const [text] = await inShadowRoots<string>(page, 'paper-radar-overlay', 'function () { const c = this.querySelector(".card"); return c ? c.innerText : ""; }');
  return text ?? null;
}

/** Centre of the first element matching `selector` in the overlay, in page coordinates (for real clicks). */
export async function overlayPoint(page: PortablePage, selector: string): Promise<{ x: number; y: number } | null> {
  const [p] = await inShadowRoots<{ x: number; y: number } | null>(
    page,
    'paper-radar-overlay',
    `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`,
  );
  return p ?? null;
}
