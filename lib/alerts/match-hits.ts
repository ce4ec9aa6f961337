/**
 * Papers against the one compiled matcher (lib/rules), as alerts need it: rule ids only.
 *
 * A paper without categories (a Hugging Face listing item arXiv has not described yet) cannot settle
 * rules that use `cat:`: `-cat:cs.CV` holds for it today and may not once its categories are known.
 * Such rules are held back rather than alerted on; the run fetches categories first when any rule
 * needs them, and the paper is looked at again on the next run if that fetch did not come through.
 */
import { type MatchablePaper, type Matcher, matchPaper } from '../rules';
import type { Hit } from './alert-store';

export function matchHits(matcher: Matcher, papers: readonly { id: string; paper: MatchablePaper }[]): Hit[] {
  const hits: Hit[] = [];
  for (const { id, paper } of papers) {
    const { matches, awaitingCategories } = matchPaper(matcher, paper, { terms: false });
    const held = new Set(awaitingCategories);
    const ruleIds = matches.map((m) => m.id).filter((r) => !held.has(r));
    if (ruleIds.length) hits.push({ paperId: id, ruleIds });
  }
  return hits;
}
