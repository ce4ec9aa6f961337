/**
 * What the rules and alerts components talk to the background with: the typed `sendMessage` of
 * lib/messaging/send.ts by default, a fake in component tests (every section takes an optional `send`).
 */
import { sendMessage } from '../../lib/messaging/send';

export type Send = typeof sendMessage;
export const defaultSend: Send = sendMessage;

/** The error text of a failed answer, for showing next to what failed. */
export const failure = (answer: { ok: boolean; error?: string }): string | undefined =>
  answer.ok ? undefined : (answer.error ?? 'something went wrong');
