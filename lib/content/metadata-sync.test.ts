import { describe, expect, it, vi } from 'vitest';
import type { Detection, EmbeddedPaper } from '../detect/types';
import { createMetadataSync } from './metadata-sync';

const el = {} as Element;
const link = (id: string): Detection => ({ element: el, id, version: null, surface: 'link' });
const card = (id: string): Detection => {
  const meta: EmbeddedPaper = { id, title: `T ${id}`, summary: 'S', authors: ['A B'], organization: 'Org', submittedOnDailyAt: '2025-11-17' };
  return { element: el, id, version: null, surface: 'hf-card', meta };
};

function setup() {
  const send = vi.fn(async (req: { type: string }) =>
    req.type === 'papers/get'
      ? { ok: true as const, papers: [{ id: '2401.00001' }], notFound: [], pending: [] }
      : { ok: true as const, stored: 1 },
  );
  const runs: (() => void)[] = [];
  const onPapers = vi.fn();
  const sync = createMetadataSync(send as never, onPapers, (run) => runs.push(run));
  return { send, runs, onPapers, sync, flush: () => runs.splice(0).forEach((r) => r()) };
}

describe('metadata sync', () => {
  it('sends embedded cards as data and other papers as ids, one message per kind per batch', async () => {
    const { send, sync, flush } = setup();
    sync.add([card('2511.00001'), link('2401.00001'), link('2401.00002')]);
    sync.add([card('2511.00002'), link('2401.00003')]);
    flush();
    expect(send).toHaveBeenCalledTimes(2);
    const put = send.mock.calls.find(([r]) => r.type === 'papers/putEmbedded')![0] as never as { items: Record<string, unknown>[] };
    expect(put.items.map((i) => i.id)).toEqual(['2511.00001', '2511.00002']);
    // The background's schema knows nothing of these page-only fields.
    expect(put.items[0]).not.toHaveProperty('organization');
    expect(send.mock.calls.find(([r]) => r.type === 'papers/get')![0]).toEqual({
      type: 'papers/get',
      ids: ['2401.00001', '2401.00002', '2401.00003'],
    });
  });

  it('never sends an id twice on one page, and sends nothing when nothing is new', () => {
    const { send, sync, flush, runs } = setup();
    sync.add([link('2401.00001')]);
    flush();
    sync.add([link('2401.00001'), card('2401.00001')]);
    expect(runs).toHaveLength(0);
    flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('splits a huge page into messages the background accepts', () => {
    const { send, sync, flush } = setup();
    sync.add(Array.from({ length: 4_500 }, (_, i) => link(`2401.${String(i + 1).padStart(5, '0')}`)));
    flush();
    expect(send.mock.calls.map(([r]) => (r as never as { ids: string[] }).ids.length)).toEqual([2000, 2000, 500]);
  });

  it('hands the answered papers on', async () => {
    const { sync, flush, onPapers } = setup();
    sync.add([link('2401.00001')]);
    flush();
    await vi.waitFor(() => expect(onPapers).toHaveBeenCalledWith([{ id: '2401.00001' }]));
  });
});
