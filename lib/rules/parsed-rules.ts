// Rules between parsing and compiling. The parsed form is plain JSON, so the background can parse
// once and send it to a content script, which then needs only compileParsedRules (the parser and its
// messages stay out of the every-page bundle); what arrives that way is checked before use.

import { FIELDS, type Field, type Node, type QueryError } from './ast';
import { ruleLabel } from './label';
import type { RuleInput } from './matcher';
import { parseQuery } from './parse';

export interface ParsedRule {
  id: string;
  label: string;
  ast: Node;
}

export interface InvalidRule {
  id: string;
  query: string;
  error: QueryError;
}

/** Parses the enabled rules; those that do not parse are returned aside with their error. */
export function parseRules(rules: readonly RuleInput[]): { parsed: ParsedRule[]; invalid: InvalidRule[] } {
  const parsed: ParsedRule[] = [];
  const invalid: InvalidRule[] = [];
  for (const rule of Array.isArray(rules) ? rules : []) {
    if (!rule || rule.enabled === false) continue;
    const id = String(rule.id);
    const query = typeof rule.query === 'string' ? rule.query : '';
    const result = parseQuery(query);
    if (result.ok) parsed.push({ id, label: ruleLabel({ query, label: rule.label }), ast: result.ast });
    else invalid.push({ id, query, error: result.error });
  }
  return { parsed, invalid };
}

/** A parsed rule received from elsewhere (a message) is checked, since compiling trusts its shape. */
export function isNode(n: unknown, depth = 0): n is Node {
  if (n === null || typeof n !== 'object' || depth > 200) return false;
  const node = n as Record<string, unknown>;
  if (node.type === 'term') {
    const words = node.words;
    return (
      (node.field === 'any' || FIELDS.includes(node.field as Field)) &&
      Array.isArray(words) && words.length > 0 && words.every((w) => typeof w === 'string' && w !== '') &&
      typeof node.prefix === 'boolean' && typeof node.source === 'string'
    );
  }
  if (node.type === 'not') return isNode(node.item, depth + 1);
  if (node.type === 'and' || node.type === 'or') {
    const items = node.items;
    return Array.isArray(items) && items.length > 0 && items.every((i) => isNode(i, depth + 1));
  }
  return false;
}
