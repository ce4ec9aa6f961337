/**
 * The background's single message entry point: identify the sender, validate the request against the
 * protocol, dispatch to its handler, and always answer `{ ok: true, … }` or `{ ok: false, error }` —
 * never throw across the boundary (a throw would reach the sender as an opaque rejection, or as no
 * answer at all in some browsers).
 */
import type { z } from '../zod';
import { type MessageType, REQUEST_SCHEMAS, SENDER_POLICY, type SenderPolicy } from './protocol';
import { classifySender, type ExtensionIdentity, type SenderKind, type SenderLike } from './sender';
import type { Answer, AnswerBodies, Failure, Request } from './types';

/** Thrown by a handler to answer with exactly this error text. */
export class MessageError extends Error {
  override name = 'MessageError';
}

export interface HandlerContext {
  sender: SenderKind;
}
export type Handler<T extends MessageType> = (request: Request<T>, context: HandlerContext) => Promise<AnswerBodies[T]>;
export type Handlers = { [T in MessageType]: Handler<T> };

const HF_ORIGIN = 'https://huggingface.co';

function allowed(policy: SenderPolicy, sender: SenderKind): boolean {
  if (sender.kind === 'extension-page') return true;
  if (sender.kind !== 'content-script') return false;
  return policy === 'any' || (policy === 'hf-page' && sender.origin === HF_ORIGIN);
}

function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'message'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return issues.join('; ') + more;
}

const fail = (error: string): Failure => ({ ok: false, error });
const isKnown = (type: string): type is MessageType => Object.hasOwn(REQUEST_SCHEMAS, type);

export function createRouter(
  handlers: Handlers,
  self: ExtensionIdentity,
  log: (message: string) => void = (m) => console.warn(`[paper-radar] ${m}`),
): (message: unknown, sender: SenderLike | undefined) => Promise<Answer> {
  return async (message, senderInfo) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string') return fail('a message must be an object with a string "type"');
    if (!isKnown(type)) return fail(`unknown message type ${JSON.stringify(type.slice(0, 100))}`);
    const sender = classifySender(senderInfo, self);
    if (!allowed(SENDER_POLICY[type], sender)) {
      const from =
        SENDER_POLICY[type] === 'hf-page' ? "huggingface.co pages and the extension's own pages" : "the extension's own pages";
      return fail(`"${type}" is only accepted from ${from}`);
    }
    const parsed = REQUEST_SCHEMAS[type].safeParse(message);
    if (!parsed.success) return fail(`malformed "${type}": ${describeIssues(parsed.error)}`);
    try {
      const handler = handlers[type] as Handler<MessageType>;
      const body = await handler(parsed.data as Request<MessageType>, { sender });
      return { ...body, ok: true } as Answer;
    } catch (e) {
      if (e instanceof MessageError) return fail(e.message);
      log(`"${type}" failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fail(`"${type}" failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}
