// Rule labels end up in `data-paper-radar-match="<labels, comma separated>"` (DESIGN §6), so a label
// may not contain a comma. A rule without a label is labelled by its query.

export const MAX_LABEL_LENGTH = 100;

export type LabelCheck = { ok: true; label: string } | { ok: false; error: string };

/** For the rule editor: the label as it will be stored, or why it cannot be. */
export function validateLabel(label: string): LabelCheck {
  if (typeof label !== 'string') return { ok: false, error: 'a label is text' };
  const trimmed = label.trim();
  if (trimmed === '') return { ok: false, error: 'a label cannot be empty' };
  if (trimmed.includes(',')) return { ok: false, error: 'a label cannot contain a comma' };
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    return { ok: false, error: 'a label cannot contain line breaks or control characters' };
  }
  if (trimmed.length > MAX_LABEL_LENGTH) {
    return { ok: false, error: `a label has at most ${MAX_LABEL_LENGTH} characters` };
  }
  return { ok: true, label: trimmed };
}

/**
 * The label a compiled rule reports: its own label when valid, else its query. Whatever got stored,
 * the result never carries a comma or a control character (they become spaces), so the attribute
 * stays parseable even for a rule saved by an older version or imported from a backup.
 */
export function ruleLabel(rule: { query: string; label?: string }): string {
  const own = typeof rule.label === 'string' && rule.label.trim() !== '';
  const raw = own ? (rule.label as string) : String(rule.query ?? '');
  return raw.replace(/[,\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
}
