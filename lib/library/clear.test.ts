import { describe, expect, it } from 'vitest';
import { fromPage, startBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { fixtureLibrary, RULES } from '../export/__fixtures__/library';

describe('data/clear', () => {
  it('empties saved, rules, alerts, the paper cache and owed work; keeps the lanes clocks; announces it', async () => {
    const clock = new VirtualClock();
    const bg = startBackground({ name: 'clear-1', clock });
    await bg.send({ type: 'library/save', id: '2201.13452' }); // caches the paper, owes BibTeX, sets the arXiv clock
    const d = await bg.db.get();
    for (const s of fixtureLibrary()) await d.put('saved', s);
    for (const r of RULES) await d.put('rules', r);
    await d.put('alerts', { paperId: '2201.13452', ruleIds: ['r1'], source: 'hf-daily', foundAt: 1 });
    const clockBefore = await d.get('meta', 'net-clock:arxiv');
    expect(clockBefore).toBeDefined();
    bg.toPages.length = 0;

    expect(await bg.send({ type: 'data/clear' }, fromPage())).toEqual({
      ok: false,
      error: `"data/clear" is only accepted from the extension's own pages`,
    });
    expect(await d.count('saved')).toBe(12);

    expect(await bg.send({ type: 'data/clear' })).toEqual({ ok: true });
    for (const store of ['saved', 'rules', 'alerts', 'papers', 'pending'] as const) expect(await d.count(store)).toBe(0);
    expect(await d.get('meta', 'net-clock:arxiv')).toEqual(clockBefore);
    expect(bg.toPages).toEqual([
      { type: 'library/changed', ids: expect.arrayContaining(['2201.13452', '1706.03762']), saved: false },
      { type: 'rules/changed' },
    ]);
    expect((bg.toPages[0] as { ids: string[] }).ids).toHaveLength(12);
    expect(await bg.send({ type: 'library/list' })).toEqual({ ok: true, saved: [], total: 0 });
  });
});
