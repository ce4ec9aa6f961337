/**
 * The popup's alert groups: each unseen alert once, under the first rule it matched (rule order), so
 * Save and Dismiss appear once per paper; its other rules are listed on it. New versions of saved
 * papers have a group of their own. Groups come in the order of their newest alert (the list is
 * newest first).
 */
import type { AlertView } from '../../lib/messaging/types';

export const SAVED_VERSION = 'saved-version';
const NO_RULE = '';

export interface AlertGroup {
  /** The rule's id, SAVED_VERSION, or '' for alerts whose rules were removed since. */
  key: string;
  title: string;
  color?: string;
  alerts: AlertView[];
}

export function groupAlerts(alerts: readonly AlertView[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    if (alert.seenAt !== undefined) continue;
    const rule = alert.rules[0];
    const key = alert.source === SAVED_VERSION ? SAVED_VERSION : (rule?.id ?? NO_RULE);
    let group = groups.get(key);
    if (!group) {
      const title = key === SAVED_VERSION ? 'New versions of saved papers' : (rule?.label ?? 'Rules removed since');
      group = { key, title, ...(key !== SAVED_VERSION && rule?.color ? { color: rule.color } : {}), alerts: [] };
      groups.set(key, group);
    }
    group.alerts.push(alert);
  }
  return [...groups.values()];
}
