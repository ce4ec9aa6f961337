import { markPieces } from './mark-ranges';

interface Props {
  text: string;
  /** Folded words the matcher matched (mark-ranges.ts). */
  terms: readonly string[];
  /** Cut a long text to about this many characters around its first mark. */
  max?: number;
}

/** Text with the matched words in `<mark>`: every piece is a text node, never parsed as HTML. */
export function MarkedText({ text, terms, max }: Props) {
  return <>{markPieces(text, terms, max).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
