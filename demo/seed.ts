// The demo profile, made the way a user (or a test from outside) makes one: through the public
// messages of DESIGN §4, sent from an extension page. Two keyword rules that match several cards of
// the Hugging Face listing, a few saved papers with tags, and one alert check against the mocked
// daily papers, so highlights, the saved list and the badge are all there when the tabs open.
import type { ExtensionSession } from '../tests/e2e/harness';

export const DEMO_RULES = [
  { query: '"second-order" OR hessian', label: 'Second order', color: '#9334e6' },
  { query: 'zeroth-order OR "derivative-free"', label: 'Zeroth order', color: '#007b83' },
] as const;

/** Saved papers from every demo page: the abstract page, the blog post, the arXiv and HF listings. */
export const DEMO_SAVED = [
  { id: '2310.06825', tags: ['language models', 'to read'] },
  { id: '1706.03762', tags: ['language models', 'classics'] },
  { id: '1412.6980', tags: ['optimisation', 'classics'] },
  { id: '2511.11002', tags: ['optimisation', 'zeroth-order'] },
  { id: '2312.01157', tags: ['diffusion', 'to read'] },
] as const;

export interface SeedResult {
  /** Alerts the check found (the badge shows this count). */
  newAlerts: number;
}

type Answer<T = object> = T & { ok: boolean; error?: string };

async function ask<T = object>(session: ExtensionSession, message: object): Promise<Answer<T>> {
  const answer = await session.sendMessage<Answer<T>>(message);
  if (!answer?.ok) throw new Error(`demo seed: ${JSON.stringify(message).slice(0, 120)} failed: ${answer?.error ?? 'no answer'}`);
  return answer;
}

export async function seedDemoProfile(session: ExtensionSession): Promise<SeedResult> {
  for (const rule of DEMO_RULES) await ask(session, { type: 'rules/add', ...rule });
  // Checked before anything is saved: a check also asks arXiv about saved papers' versions, and would
  // wait in arXiv's lane (3 s between requests) behind the BibTeX entries the saves owe.
  const { newCount } = await ask<{ newCount: number }>(session, { type: 'alerts/check' });
  // One batched arXiv request for every paper to be saved, rather than one per save.
  await ask(session, { type: 'papers/get', ids: DEMO_SAVED.map((p) => p.id), arxiv: true });
  // Oldest first, so the list (newest saved first) opens with the abstract page's paper.
  for (const { id, tags } of [...DEMO_SAVED].reverse()) await ask(session, { type: 'library/save', id, tags: [...tags] });
  return { newAlerts: newCount };
}
