/**
 * Typed `runtime.sendMessage` for content scripts and extension pages. Types only from the protocol,
 * so importing this pulls no zod into a bundle. Never throws: a background that is gone or silent
 * becomes an `{ ok: false }` answer like any other failure.
 */
import { browser } from 'wxt/browser';
import type { Answer, MessageType, Request } from './types';

export async function sendMessage<T extends MessageType>(request: Request<T> & { type: T }): Promise<Answer<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Answer<T> | undefined;
    return answer ?? { ok: false, error: 'no answer from the background' };
  } catch (e) {
    return { ok: false, error: `no answer from the background: ${e instanceof Error ? e.message : String(e)}` };
  }
}
