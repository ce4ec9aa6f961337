import { beforeEach, describe, expect, it } from 'vitest';
import { fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import type { Rule } from '../papers/schema';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  bg = startBackground({ name: `rules-${++n}`, clock });
});

type One = { rule: Rule };
const add = (fields: object, sender?: object) => bg.send<One>({ type: 'rules/add', ...fields }, sender);
const list = async () => (await bg.send<{ rules: Rule[] }>({ type: 'rules/list' })).rules;

describe('rules/add', () => {
  it('stores a parsed query with a new id, createdAt, enabled by default and no label (labelled by its query)', async () => {
    const t = clock.now();
    // Rules are edited from the popup and options only, never by a page's content script.
    const refused = await add({ query: 'x' }, fromPage('https://huggingface.co/papers'));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/extension/) });
    const a = await add({ query: '  ti:diffusion -cat:cs.CV ' });
    expect(a).toEqual({ ok: true, rule: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), query: 'ti:diffusion -cat:cs.CV', enabled: true, createdAt: t } });
    const b = await add({ query: '"second-order" OR hessian', label: ' Second order ', color: '#ffcc00', enabled: false });
    expect(b.rule).toMatchObject({ label: 'Second order', color: '#ffcc00', enabled: false });
    expect(b.rule.id).not.toBe(a.rule.id);
    expect(await list()).toEqual([a.rule, b.rule]);
    expect(bg.toPages).toEqual([{ type: 'rules/changed' }, { type: 'rules/changed' }]);
    expect(bg.toTabs.filter((m) => m.tabId === 1).map((m) => m.notice)).toEqual([{ type: 'rules/changed' }, { type: 'rules/changed' }]);
  });

  it('lists in creation order, even for rules added in the same millisecond', async () => {
    const queries = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const query of queries) await add({ query });
    const rules = await list();
    expect(rules.map((r) => r.query)).toEqual(queries);
    expect(new Set(rules.map((r) => r.createdAt)).size).toBe(queries.length);
  });

  it('a query that does not parse is refused with the position and the problem; nothing stored', async () => {
    // The problem in the rule language's own words (lib/rules), and where: "… at N" or "(at N)".
    for (const [query, problem, position] of [
      ['(diffusion OR flow', /unbalanced parenthesis/, 0],
      ['diffusion OR', /dangling OR/, 10],
      ['foo:bar', /unknown field/, 0],
      ['ti:""', /empty phrase/, 3],
    ] as const) {
      const answer = await add({ query });
      expect(answer.ok).toBe(false);
      expect(answer.error).toMatch(/^invalid query: /);
      expect(answer.error).toMatch(problem);
      expect(answer.error).toMatch(new RegExp(`(\\bat ${position}$|\\(at ${position}\\)$)`));
    }
    expect(await list()).toEqual([]);
    expect(bg.toPages).toEqual([]);
  });

  it('labels and colours are checked', async () => {
    expect(await add({ query: 'x', label: 'a,b' })).toEqual({ ok: false, error: 'malformed "rules/add": label: a rule label may not contain a comma' });
    expect(await add({ query: 'x', label: 'line\nbreak' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid label: /) });
    expect(await add({ query: 'x', color: 'red; background: url(x)' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid color /) });
    expect((await add({ query: 'x', color: 'tomato', label: '' })).rule).not.toHaveProperty('label');
  });
});

describe('rules/update and rules/remove', () => {
  it('updates the fields given; an empty label or colour removes it; the query is checked again', async () => {
    const { rule } = await add({ query: 'diffusion', label: 'Diff', color: '#123' });
    const u = await bg.send<One>({ type: 'rules/update', id: rule.id, enabled: false, label: '' });
    expect(u.rule).toEqual({ id: rule.id, query: 'diffusion', color: '#123', enabled: false, createdAt: rule.createdAt });
    const q = await bg.send<One>({ type: 'rules/update', id: rule.id, query: 'au:"de vries"', color: '' });
    expect(q.rule).toEqual({ id: rule.id, query: 'au:"de vries"', enabled: false, createdAt: rule.createdAt });
    expect(await bg.send({ type: 'rules/update', id: rule.id, query: 'a OR' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid query: dangling OR/) });
    expect(await bg.send({ type: 'rules/update', id: 'nope', enabled: true })).toEqual({ ok: false, error: 'no rule with id "nope"' });
    expect(await list()).toEqual([q.rule]);
  });

  it('remove says whether a rule was there; removing twice is not an error', async () => {
    const { rule } = await add({ query: 'x' });
    bg.toPages.length = 0;
    expect(await bg.send({ type: 'rules/remove', id: rule.id })).toEqual({ ok: true, removed: true });
    expect(await bg.send({ type: 'rules/remove', id: rule.id })).toEqual({ ok: true, removed: false });
    expect(await list()).toEqual([]);
    expect(bg.toPages).toEqual([{ type: 'rules/changed' }]);
  });
});
