/**
 * Per-service lane settings. arXiv: DESIGN §5.2 (one request every 3 s, one connection; 429s and a
 * plain-text `Rate exceeded.` happen even so). Hugging Face: 500 anonymous API calls per 5 minutes per
 * IP (§5.3), so 600 ms between starts can never exceed it, even sustained.
 */
import type { QueueOptions } from './polite-queue';

// Only a short body can be the throttle notice; an Atom feed that mentions the phrase is not one.
const RATE_EXCEEDED_RE = /^\s*rate exceeded\.?\s*$/i;

export const ARXIV_LANE: QueueOptions = {
  name: 'arxiv',
  // A little over 3 s: the terms are about arrivals at arXiv, and connection set-up times vary.
  minIntervalMs: 3_100,
  // A worker killed mid-request leaves its successor this much more: that request may have reached
  // arXiv a connection set-up (and, on a busy machine, an IndexedDB write) after it left.
  inFlightMarginMs: 1_000,
  timeoutMs: 20_000,
  maxAttempts: 4,
  backoff: { baseMs: 5_000, maxMs: 60_000 },
  maxInlineWaitMs: 60_000,
  maxPersistedWaitMs: 60 * 60_000,
  isThrottleBody: (_status, body) => body.length < 100 && RATE_EXCEEDED_RE.test(body),
};

export const HF_LANE: QueueOptions = {
  name: 'hf',
  minIntervalMs: 600,
  timeoutMs: 15_000,
  maxAttempts: 3,
  backoff: { baseMs: 2_000, maxMs: 30_000 },
  maxInlineWaitMs: 30_000,
  maxPersistedWaitMs: 10 * 60_000,
};
