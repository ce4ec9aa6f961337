/** Ids as the library keys them: canonical (DESIGN §5.1), whatever form the caller sent. */
import { parseArxivRef } from '../arxiv/id';
import { MessageError } from '../messaging/router';

/** The canonical id, or a MessageError naming the input that is not one. */
export function canonicalId(input: string): string {
  const ref = parseArxivRef(input);
  if (!ref) throw new MessageError(`not an arXiv identifier: ${JSON.stringify(input.slice(0, 200))}`);
  return ref.id;
}

/** Canonical ids of the inputs that are ids, deduplicated, in order of first appearance. */
export function canonicalIds(inputs: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const input of inputs) {
    const ref = parseArxivRef(input);
    if (ref) ids.add(ref.id);
  }
  return [...ids];
}
