/**
 * `papers/annotate`: what a page shows for each paper it lists — the labels of the enabled rules it
 * matches, the first matched rule's colour, and whether (and with which tags) it is saved. Matching
 * happens here, in the background, with the one compiled matcher (lib/rules), so the every-page
 * content script carries neither the rule parser nor the matcher.
 *
 * Papers not described yet are looked up through the paper service without waiting (one batched
 * arXiv request per 100 ids; the lookup is persisted, so a stopped worker still finishes it) and come
 * back `known: false`: the page asks again later. When a rule uses `cat:`, papers only Hugging Face
 * described need arXiv's categories too (DESIGN §2), so they are looked up the same way.
 */
import type { DbProvider } from '../db/connection';
import type { PaperMark } from '../messaging/types';
import type { PaperService } from '../papers/service';
import type { Rule, SavedPaper } from '../papers/schema';
import { compileRules, matchPaper, rulesNeedCategories, ruleLabel, type Matcher } from '../rules';

export interface AnnotatorDeps {
  db: DbProvider;
  papers: Pick<PaperService, 'getPapers'>;
  listRules(): Promise<{ rules: Rule[] }>;
}

interface Compiled {
  key: string;
  matcher: Matcher;
  colors: Map<string, string>;
  needsCategories: boolean;
}

export function createAnnotator(deps: AnnotatorDeps) {
  let compiled: Compiled | undefined;

  // Rules change rarely and pages ask often: recompile only when the enabled rules differ.
  async function currentMatcher(): Promise<Compiled> {
    const enabled = (await deps.listRules()).rules.filter((r) => r.enabled);
    const key = JSON.stringify(enabled.map((r) => [r.id, r.query, r.label, r.color]));
    if (compiled?.key !== key) {
      const matcher = compileRules(enabled.map((r) => ({ id: r.id, query: r.query, label: ruleLabel(r) })));
      const colors = new Map(enabled.filter((r) => r.color).map((r) => [r.id, r.color as string]));
      compiled = { key, matcher, colors, needsCategories: rulesNeedCategories(matcher) };
    }
    return compiled;
  }

  async function savedOf(ids: readonly string[]): Promise<Map<string, SavedPaper>> {
    const db = await deps.db.get();
    const tx = db.transaction('saved');
    const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return new Map(rows.filter((r): r is SavedPaper => r !== undefined).map((r) => [r.id, r]));
  }

  return async function annotate(inputs: readonly string[]): Promise<{ marks: PaperMark[] }> {
    const rules = await currentMatcher();
    const found = await deps.papers.getPapers(inputs, { arxiv: rules.needsCategories, maxWaitMs: 0 });
    const ids = [...found.papers.map((p) => p.id), ...found.pending, ...found.notFound];
    const saved = await savedOf(ids);
    const base = (id: string) => ({ id, saved: saved.has(id), tags: saved.get(id)?.tags ?? [] });
    const marks: PaperMark[] = [];
    const pending = new Set(found.pending);
    const answered = new Set<string>();
    const add = (mark: PaperMark) => {
      answered.add(mark.id);
      if (mark.labels.length || mark.saved || !mark.known) marks.push(mark);
    };
    for (const paper of found.papers) {
      const { matches, awaitingCategories } = matchPaper(rules.matcher, paper, { terms: false });
      const color = matches.map((m) => rules.colors.get(m.id)).find((c) => c !== undefined);
      add({
        ...base(paper.id),
        labels: matches.map((m) => m.label),
        ...(color ? { color } : {}),
        // A `cat:` verdict on a paper without categories may change once arXiv answers.
        known: !(pending.has(paper.id) || (awaitingCategories.length > 0 && !paper.categories?.length)),
      });
    }
    for (const id of found.pending) if (!answered.has(id)) add({ ...base(id), labels: [], known: false });
    for (const id of found.notFound) add({ ...base(id), labels: [], known: true });
    return { marks };
  };
}
