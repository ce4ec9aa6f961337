import { describe, expect, it, vi } from 'vitest';
import type { Detection, EmbeddedPaper } from '../detect/types';
import type { PaperMark } from '../messaging/types';
import { createPageMarks } from './page-marks';

const fakeEl = () => ({ isConnected: true }) as unknown as Element;
const link = (id: string, element = fakeEl()): Detection => ({ element, id, version: null, surface: 'link' });
const card = (id: string): Detection => {
  const meta: EmbeddedPaper = { id, title: `T ${id}`, summary: 'S', authors: ['A B'], organization: 'Org', submittedOnDailyAt: '2025-11-17' };
  return { element: fakeEl(), id, version: null, surface: 'hf-card', meta };
};
const mark = (id: string, extra: Partial<PaperMark> = {}): PaperMark => ({ id, labels: [], saved: false, tags: [], known: true, ...extra });

function setup(answer: (ids: string[]) => PaperMark[] = (ids) => ids.map((id) => mark(id))) {
  const order: string[] = [];
  const send = vi.fn(async (req: { type: string; ids?: string[] }) => {
    order.push(req.type);
    return req.type === 'papers/annotate' ? { ok: true as const, marks: answer(req.ids!) } : { ok: true as const, stored: 1 };
  });
  const runs: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const applied: [Element, PaperMark | undefined][] = [];
  const marks = createPageMarks({
    send: send as never,
    apply: (el, m) => applied.push([el, m]),
    schedule: (run) => runs.push(run),
    setTimer: (run, ms) => timers.push({ run, ms }),
  });
  const flush = async () => {
    runs.splice(0).forEach((r) => r());
    await vi.waitFor(() => expect(send.mock.results.every((r) => r.type === 'return')).toBe(true));
    await new Promise((r) => setTimeout(r, 0));
  };
  return { send, order, runs, timers, applied, marks, flush };
}

const idsSent = (send: ReturnType<typeof setup>['send']) =>
  send.mock.calls.filter(([r]) => r.type === 'papers/annotate').map(([r]) => r.ids);

describe('page marks', () => {
  it('stores embedded cards first, then asks for every id in one message; page-only fields stay home', async () => {
    const { send, order, marks, flush } = setup();
    marks.add([card('2511.00001'), link('2401.00001'), link('2401.00002')]);
    marks.add([card('2511.00002'), link('2401.00003')]);
    await flush();
    expect(order).toEqual(['papers/putEmbedded', 'papers/annotate']);
    const put = send.mock.calls[0]![0] as never as { items: Record<string, unknown>[] };
    expect(put.items.map((i) => i.id)).toEqual(['2511.00001', '2511.00002']);
    expect(put.items[0]).not.toHaveProperty('organization');
    expect(put.items[0]).not.toHaveProperty('submittedOnDailyAt');
    expect(idsSent(send)).toEqual([['2511.00001', '2401.00001', '2401.00002', '2511.00002', '2401.00003']]);
  });

  it('applies the answer to every element showing the paper, and at once to elements found later', async () => {
    const { marks, applied, flush, send } = setup((ids) => ids.map((id) => mark(id, { labels: ['Hessians'] })));
    const [a, b] = [link('2401.00001'), link('2401.00001')];
    marks.add([a, b]);
    await flush();
    const withLabels = applied.filter(([, m]) => m?.labels[0] === 'Hessians').map(([el]) => el);
    expect(withLabels).toEqual([a.element, b.element]);
    const c = link('2401.00001');
    marks.add([c]);
    expect(applied.at(-1)).toEqual([c.element, expect.objectContaining({ labels: ['Hessians'] })]);
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('never asks twice for an id on its own, and sends nothing when nothing is new', async () => {
    const { send, marks, flush, runs } = setup();
    marks.add([link('2401.00001')]);
    marks.add([link('2401.00001')]);
    await flush();
    marks.add([link('2401.00001')]);
    expect(runs).toHaveLength(0);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('asks again, later and less often, for papers still being looked up, and stops after a while', async () => {
    let known = false;
    const { send, marks, timers, flush } = setup((ids) => ids.map((id) => mark(id, { known })));
    marks.add([link('2401.00001')]);
    await flush();
    expect(timers.map((t) => t.ms)).toEqual([3_000]);
    for (let i = 0; i < 20; i++) {
      const t = timers.shift();
      if (!t) break;
      t.run();
      await flush();
    }
    expect(idsSent(send)).toHaveLength(8);
    known = true;
    marks.refreshAll();
    await flush();
    expect(timers).toHaveLength(0);
  });

  it('flips the saved flag from a library notice at once and asks for the tags', async () => {
    const { marks, applied, flush, send } = setup();
    marks.add([link('2401.00001')]);
    await flush();
    marks.setSaved(['2401.00001', '2401.09999'], true);
    expect(applied.at(-1)![1]).toMatchObject({ id: '2401.00001', saved: true });
    await flush();
    expect(idsSent(send).at(-1)).toEqual(['2401.00001']);
  });

  it('splits a huge page into messages the background accepts', async () => {
    const { send, marks, flush } = setup();
    marks.add(Array.from({ length: 12_000 }, (_, i) => link(`2401.${String(i + 1).padStart(5, '0')}`)));
    await flush();
    expect(idsSent(send).map((ids) => ids!.length)).toEqual([5000, 5000, 2000]);
  });

  it("moves an element the page reused for another paper: the old paper's answers no longer reach it", async () => {
    const { marks, applied, flush } = setup((ids) => ids.map((id) => mark(id, { labels: [id] })));
    const el = fakeEl();
    marks.add([link('2401.00001', el)]);
    await flush();
    marks.add([link('2401.00002', el)]);
    await flush();
    applied.length = 0;
    marks.setSaved(['2401.00001'], true);
    expect(applied).toEqual([]);
    marks.setSaved(['2401.00002'], true);
    expect(applied).toEqual([[el, expect.objectContaining({ id: '2401.00002', saved: true })]]);
  });

  it('lists an element detected again once, and forgets removed elements', async () => {
    const { marks, applied, flush } = setup();
    const el = fakeEl();
    marks.add([link('2401.00001', el)]);
    marks.add([link('2401.00001', el)]);
    const other = link('2401.00001');
    marks.add([other]);
    await flush();
    marks.remove([other.element]);
    applied.length = 0;
    marks.setSaved(['2401.00001'], true);
    expect(applied.map(([e]) => e)).toEqual([el]);
  });

  it('leaves elements alone when the answer shows what they already show (plain, unsaved)', async () => {
    const { marks, applied, flush } = setup();
    marks.add([link('2401.00001'), link('2401.00002')]);
    await flush();
    marks.add([link('2401.00002')]);
    expect(applied).toEqual([]);
    // Reached all the same once one of them changes.
    marks.setSaved(['2401.00002'], true);
    expect(applied).toHaveLength(2);
  });

  it('a message that fails leaves only its own papers unanswered', async () => {
    const { marks, send, flush } = setup(() => []);
    const failing = vi.fn(async () => ({ ok: false as const, error: 'unavailable', message: 'x' }));
    send.mockImplementation(async (req) =>
      req.type === 'papers/annotate' && req.ids!.includes('2401.00001') ? (failing() as never) : ({ ok: true as const, marks: [] } as never),
    );
    marks.add(Array.from({ length: 6_000 }, (_, i) => link(`2401.${String(i + 1).padStart(5, '0')}`)));
    await flush();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(marks.get('2401.00001')).toBeUndefined();
    expect(marks.get('2401.05000')).toBeUndefined();
    expect(marks.get('2401.05001')).toEqual(mark('2401.05001'));
  });

  it('drops elements that left the page', async () => {
    const { marks, applied, flush } = setup();
    const gone = link('2401.00001');
    marks.add([gone]);
    (gone.element as { isConnected: boolean }).isConnected = false;
    await flush();
    expect(applied.filter(([, m]) => m !== undefined)).toEqual([]);
  });

  it('reads an id the answer left out as known and plain: nothing applied, a cleared highlight cleared, saving shown at once', async () => {
    let matched = new Set(['2401.00001']);
    // The background answers only the papers that show something (lib/marks/annotate.ts).
    const { marks, applied, flush, timers } = setup((ids) => ids.filter((id) => matched.has(id)).map((id) => mark(id, { labels: ['Hessians'] })));
    const [a, b] = [link('2401.00001'), link('2401.00002')];
    marks.add([a, b]);
    applied.length = 0;
    await flush();
    expect(applied.map(([el, m]) => [el, m?.labels])).toEqual([[a.element, ['Hessians']]]);
    expect(marks.get('2401.00002')).toEqual(mark('2401.00002'));
    expect(timers).toEqual([]);
    // An element found later gets that plain mark, with its id, at once.
    const c = link('2401.00002');
    marks.add([c]);
    expect(applied.at(-1)).toEqual([c.element, mark('2401.00002')]);

    matched = new Set();
    applied.length = 0;
    marks.refreshAll();
    await flush();
    expect(applied).toEqual([[a.element, mark('2401.00001')]]);

    applied.length = 0;
    marks.setSaved(['2401.00002'], true);
    expect(applied).toEqual([[b.element, mark('2401.00002', { saved: true })], [c.element, mark('2401.00002', { saved: true })]]);
  });
});
