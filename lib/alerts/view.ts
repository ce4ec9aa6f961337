/**
 * `alerts/list`: every alert, newest first, with what the popup shows for it: the paper (from the
 * cache, else the saved snapshot), its rules as they are now (in rule order; a rule removed since is
 * left out), the words they matched (for marking them in the title and abstract) and, for a saved
 * paper's new version, the version. Matching runs again here, with terms, only for the listed papers.
 */
import type { DbProvider } from '../db/connection';
import type { AlertView } from '../messaging/types';
import { createPaperStore } from '../papers/paper-store';
import type { Paper } from '../papers/schema';
import { creationOrder } from '../rules-store/service';
import { compileRules, type Matcher, matchPaper, ruleLabel } from '../rules';
import { listAlerts } from './alert-store';
import { metaKey, readNumber } from './meta';

export async function alertViews(db: DbProvider): Promise<AlertView[]> {
  const alerts = await listAlerts(db);
  if (alerts.length === 0) return [];
  const d = await db.get();
  const ids = alerts.map((a) => a.paperId);
  const cached = await createPaperStore(db).getMany(ids);
  const rules = (await d.getAll('rules')).sort(creationOrder);
  // Every rule an alert names, enabled or not: the alert was raised by it.
  const named = new Set(alerts.flatMap((a) => a.ruleIds));
  const matcher = compileRules(rules.filter((r) => named.has(r.id)).map((r) => ({ ...r, enabled: true })));

  const views: AlertView[] = [];
  for (const alert of alerts) {
    const paper = cached.get(alert.paperId) ?? (await d.get('saved', alert.paperId))?.paper;
    const own = new Set(alert.ruleIds);
    const rulesNow = rules.filter((r) => own.has(r.id));
    const view: AlertView = {
      ...alert,
      rules: rulesNow.map((r) => ({ id: r.id, label: ruleLabel(r), ...(r.color ? { color: r.color } : {}) })),
      terms: paper ? matchedWords(matcher, paper, own) : [],
    };
    if (paper) view.paper = paper;
    if (alert.source === 'saved-version') {
      const version = readNumber((await d.get('meta', metaKey.version(alert.paperId)))?.value) ?? paper?.version;
      if (version !== undefined) view.version = version;
    }
    views.push(view);
  }
  return views;
}

function matchedWords(matcher: Matcher, paper: Paper, ruleIds: Set<string>): string[] {
  const words = new Set<string>();
  for (const m of matchPaper(matcher, paper).matches) {
    if (!ruleIds.has(m.id)) continue;
    for (const t of m.terms) if (t.field !== 'authors' && t.field !== 'categories') t.words.forEach((w) => words.add(w));
  }
  return [...words];
}
