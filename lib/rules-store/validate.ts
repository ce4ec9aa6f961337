/**
 * What `rules/add` and `rules/update` accept, beyond the protocol's shape checks. The query must parse
 * in the rule language (lib/rules), and a query that does not is refused with the parser's own words,
 * which name the position and the problem ("unbalanced parenthesis at 12"), so the options page can
 * show them and put the caret there. Labels go through the language's own label check (no commas:
 * they are joined with commas in `data-paper-radar-match`, DESIGN §6). Colours are used in page
 * styles, so only a hex colour or a CSS colour name passes.
 */
import { MessageError } from '../messaging/router';
import { parseQuery, validateLabel } from '../rules';

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NAMED = /^[a-z]{3,30}$/i;

export function checkQuery(query: string): string {
  const parsed = parseQuery(query);
  if (parsed.ok) return query;
  const { position, message } = parsed.error;
  // The parser's messages mostly say where already ("… at 7"); "dangling OR at end" gets the index too.
  const where = /\bat \d+\b/.test(message) ? '' : ` (at ${position})`;
  throw new MessageError(`invalid query: ${message}${where}`);
}

/** The label to store; undefined (labelled by its query) for an absent or empty one. */
export function checkLabel(label: string | undefined): string | undefined {
  if (label === undefined || label.trim() === '') return undefined;
  const checked = validateLabel(label);
  if (!checked.ok) throw new MessageError(`invalid label: ${checked.error}`);
  return checked.label;
}

/** The colour to store; undefined for an absent or empty one. */
export function checkColor(color: string | undefined): string | undefined {
  const c = color?.trim();
  if (!c) return undefined;
  if (!HEX.test(c) && !NAMED.test(c)) throw new MessageError(`invalid color ${JSON.stringify(c)}: use #rgb, #rrggbb or a CSS color name`);
  return c;
}
