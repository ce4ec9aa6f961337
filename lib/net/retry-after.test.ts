import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { rateLimit, retryAfterMs, serverDelayMs } from './retry-after';

const h = (init: Record<string, string>) => new Headers(init);
const now = Date.UTC(2025, 10, 11, 12);

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs(h({ 'Retry-After': '120' }), now)).toBe(120_000);
    expect(retryAfterMs(h({ 'Retry-After': new Date(now + 90_000).toUTCString() }), now)).toBe(90_000);
    expect(retryAfterMs(h({ 'Retry-After': new Date(now - 90_000).toUTCString() }), now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(retryAfterMs(h({}), now)).toBeUndefined();
    expect(retryAfterMs(h({ 'Retry-After': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(h({ 'Retry-After': '-5' }), now)).toBeUndefined();
  });
});

describe('RateLimit headers', () => {
  it('reads the current IETF form (Hugging Face)', () => {
    expect(rateLimit(h({ RateLimit: '"api";r=0;t=177' }))).toEqual({ remaining: 0, resetMs: 177_000 });
  });
  it('reads older draft spellings', () => {
    expect(rateLimit(h({ RateLimit: 'limit=500, remaining=12, reset=30' }))).toEqual({ remaining: 12, resetMs: 30_000 });
    expect(rateLimit(h({ 'RateLimit-Remaining': '0', 'RateLimit-Reset': '60' }))).toEqual({ remaining: 0, resetMs: 60_000 });
  });
  it('prefers Retry-After over the RateLimit reset', () => {
    expect(serverDelayMs(h({ 'Retry-After': '5', RateLimit: '"api";r=0;t=177' }), now)).toBe(5_000);
    expect(serverDelayMs(h({ RateLimit: '"api";r=0;t=177' }), now)).toBe(177_000);
    expect(serverDelayMs(h({}), now)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('doubles per attempt up to the ceiling, jitter within the upper half', () => {
    const policy = { baseMs: 1_000, maxMs: 8_000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000, 4_000]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0.999999))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
  });
});
