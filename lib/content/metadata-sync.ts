/**
 * Tells the background about the papers a page shows, so metadata is cached before the user hovers:
 * a Hugging Face card's embedded data goes over as it is (no request to anyone, DESIGN §2), every
 * other paper goes over as its id only (never the page URL). Each id is sent once per page, and the
 * ids of one scan travel in one message, so the background can batch them into one arXiv request.
 */
import type { EmbeddedPaper as DetectedEmbedded, Detection } from '../detect/types';
import type { sendMessage } from '../messaging/send';
import type { EmbeddedPaper, Paper } from '../messaging/types';

type Send = typeof sendMessage;

export interface MetadataSync {
  add(detections: readonly Detection[]): void;
}

// The background caps one message at these sizes (lib/messaging/protocol.ts).
const MAX_IDS = 2_000;
const MAX_ITEMS = 1_000;

function toMessageItem(meta: DetectedEmbedded): EmbeddedPaper {
  const { submittedOnDailyAt: _day, organization: _org, ...item } = meta;
  return item as EmbeddedPaper;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createMetadataSync(
  send: Send,
  onPapers: (papers: Paper[]) => void = () => {},
  schedule: (run: () => void) => void = (run) => void Promise.resolve().then(run),
): MetadataSync {
  const sent = new Set<string>();
  let ids: string[] = [];
  let items: EmbeddedPaper[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const [batchIds, batchItems] = [ids, items];
    ids = [];
    items = [];
    for (const chunk of chunks(batchItems, MAX_ITEMS)) void send({ type: 'papers/putEmbedded', items: chunk });
    for (const chunk of chunks(batchIds, MAX_IDS)) {
      void send({ type: 'papers/get', ids: chunk }).then((answer) => {
        if (answer.ok && answer.papers.length > 0) onPapers(answer.papers);
      });
    }
  };

  return {
    add(detections) {
      for (const d of detections) {
        if (sent.has(d.id)) continue;
        sent.add(d.id);
        if (d.meta) items.push(toMessageItem(d.meta));
        else ids.push(d.id);
      }
      if (!scheduled && (ids.length > 0 || items.length > 0)) {
        scheduled = true;
        schedule(flush);
      }
    },
  };
}
