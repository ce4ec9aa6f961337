/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half random. The fixed
 * half keeps retries from bunching up right after a failure; the random half keeps many clients (or
 * several extension profiles on one IP) from retrying in lockstep.
 */
export interface BackoffPolicy {
  /** Step for the first retry. */
  baseMs: number;
  /** Ceiling on the exponential step. */
  maxMs: number;
}

/** Delay before retry number `attempt` (1 = after the first failure). `random` returns [0, 1). */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
