/**
 * What a server says about when to come back. Read defensively: header values are remote input.
 * - `Retry-After`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * - IETF RateLimit headers, as Hugging Face sends them (`RateLimit: "api";r=0;t=120`), plus the older
 *   draft spellings (`RateLimit: limit=500, remaining=0, reset=120`, `RateLimit-Remaining`/`-Reset`).
 */
export interface HeadersLike {
  get(name: string): string | null;
}

/** Milliseconds from `now` that `Retry-After` asks for; undefined when absent or unreadable. */
export function retryAfterMs(headers: HeadersLike, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names its weekday and month; bare numbers like "-5" are not dates.
  const at = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function param(header: string, names: string[]): number | undefined {
  for (const name of names) {
    const m = new RegExp(`(?:^|[;,\\s])${name}\\s*=\\s*(\\d+)`, 'i').exec(header);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Remaining calls and milliseconds until the window resets, from whichever RateLimit spelling is sent. */
export function rateLimit(headers: HeadersLike): { remaining?: number; resetMs?: number } {
  const combined = headers.get('ratelimit') ?? '';
  const remaining = param(combined, ['r', 'remaining']) ?? numeric(headers.get('ratelimit-remaining'));
  const reset = param(combined, ['t', 'reset']) ?? numeric(headers.get('ratelimit-reset'));
  return { remaining, resetMs: reset === undefined ? undefined : reset * 1000 };
}

function numeric(v: string | null): number | undefined {
  return v && /^\s*\d+\s*$/.test(v) ? Number(v) : undefined;
}

/** How long to stay away after a throttling answer: Retry-After first, then the RateLimit reset. */
export function serverDelayMs(headers: HeadersLike, now: number): number | undefined {
  return retryAfterMs(headers, now) ?? rateLimit(headers).resetMs;
}
