/**
 * Hugging Face extras (AI summary, keywords, upvotes, repo, stars, comments) for papers met outside
 * the HF listings, fetched lazily through the HF lane. Not persisted as pending work: extras are a
 * nicety, and the next hover asks again. Concurrent requests for one id share one fetch.
 */
import { fetchHfPaper } from '../hf/client';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import type { PaperStore } from './paper-store';

/** HF paper pages exist for new-style ids only; old ids (`hep-th/9901001`) are not asked about. */
const onHub = (id: string) => !id.includes('/');

export class HfExtras {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly deps: { queue: PoliteQueue; papers: PaperStore; clock: Clock; log?: (m: string) => void },
  ) {}

  /** Fetches and stores extras for each id; resolves when all are done (never rejects). */
  refresh(ids: readonly string[]): Promise<void> {
    return Promise.all(ids.filter(onHub).map((id) => this.one(id))).then(() => undefined);
  }

  private one(id: string): Promise<void> {
    let p = this.inFlight.get(id);
    if (!p) {
      p = this.fetchAndStore(id)
        .catch((e) => this.deps.log?.(`HF extras for ${id} failed: ${String(e)}`))
        .finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, p);
    }
    return p;
  }

  private async fetchAndStore(id: string): Promise<void> {
    const { papers, clock } = this.deps;
    const result = await fetchHfPaper(this.deps.queue, id);
    if (result.kind === 'found') await papers.storeHf([result.paper], clock.now());
    else if (result.kind === 'not-found') await papers.storeHfNotFound(id, clock.now());
    else this.deps.log?.(`HF extras for ${id}: ${result.error}`);
  }
}
