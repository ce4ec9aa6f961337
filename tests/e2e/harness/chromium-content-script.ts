// The extension's content-script world in a Chromium tab, through the DevTools protocol: Chrome runs
// each extension's content scripts in an isolated world, announced as an execution context whose
// origin is the extension's (Runtime.executionContextCreated, also for existing ones on
// Runtime.enable); Runtime.evaluate in that context runs as the content script (ExtensionSession's
// inContentScript). The function goes as source text, wrapped as for Firefox (callExpression).
import type { BrowserContext, Page } from 'playwright-core';
import { callExpression } from './firefox-extension';

interface ContextInfo {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** Runs function source `fnSource` on JSON `args` in the content script's world of `page`. */
export async function inChromiumContentScript<R>(
  context: BrowserContext,
  extensionOrigin: string,
  page: Page,
  fnSource: string,
  args: readonly unknown[],
  timeoutMs = 5_000,
): Promise<R> {
  const cdp = await context.newCDPSession(page);
  try {
    const contexts: ContextInfo[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created as ContextInfo));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      const at = contexts.findIndex((c) => c.id === executionContextId);
      if (at >= 0) contexts.splice(at, 1);
    });
    await cdp.send('Runtime.enable');
    const origin = extensionOrigin.replace(/\/$/, '');
    const ours = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin);
    const deadline = Date.now() + timeoutMs;
    while (!ours()) {
      if (Date.now() > deadline) throw new Error(`inContentScript: no Paper Radar content script runs on ${page.url()} (waited ${timeoutMs} ms)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const r = await cdp.send('Runtime.evaluate', {
      expression: callExpression(fnSource, args),
      contextId: ours()!.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    const outcome = JSON.parse(r.result.value as string) as { value?: R; error?: string };
    if (outcome.error !== undefined) throw new Error(outcome.error);
    return outcome.value as R;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
