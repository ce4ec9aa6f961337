// Polling for a browser-side condition, the one way both backends wait for it.

/** Resolves once `check` answers true, polling every 50 ms; rejects after `timeoutMs` naming `what`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
