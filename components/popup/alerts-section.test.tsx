// @vitest-environment happy-dom
// The popup's alerts: unseen alerts grouped by rule (saved papers' new versions apart), matched words
// marked as text, Save / Dismiss / Mark all seen through their messages, and the quick keyword add.
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertView, Paper } from '../../lib/messaging/types';
import { button, click, fakeSend, field, flush, mount, submit, type, unmountAll } from '../rules/test-utils';
import { AlertsSection } from './alerts-section';

afterEach(unmountAll);

const paper = (id: string, title: string, extra: Partial<Paper> = {}): Paper => ({
  id,
  title,
  authors: ['Grace Hopper'],
  abstract: 'An abstract about diffusion bridges and Second-Order methods.',
  categories: ['cs.LG'],
  fetchedAt: {},
  ...extra,
});
const DIFF = { id: 'r1', label: 'Diffusion', color: '#1a73e8' };
const HESS = { id: 'r2', label: 'Hessians' };

const ALERTS: AlertView[] = [
  { paperId: '2501.00001', ruleIds: ['r1'], source: 'hf-daily', foundAt: 50, paper: paper('2501.00001', 'Latent Diffusion <img src=x onerror=alert(1)>'), rules: [DIFF], terms: ['diffusion'] },
  { paperId: '2501.00002', ruleIds: ['r2', 'r1'], source: 'arxiv-rss', foundAt: 40, paper: paper('2501.00002', 'Second-order diffusion'), rules: [HESS, DIFF], terms: ['second order', 'diffusion'] },
  { paperId: '2401.00009', ruleIds: [], source: 'saved-version', foundAt: 30, paper: paper('2401.00009', 'A saved paper', { authors: [] }), rules: [], terms: [], version: 3 },
  { paperId: '2501.00003', ruleIds: ['r1'], source: 'hf-daily', foundAt: 20, paper: paper('2501.00003', 'Diffusion, again'), rules: [DIFF], terms: ['diffusion'] },
  { paperId: '2501.00004', ruleIds: ['r1'], source: 'hf-daily', foundAt: 10, seenAt: 60, paper: paper('2501.00004', 'Already seen diffusion'), rules: [DIFF], terms: ['diffusion'] },
];

function background(alerts = ALERTS) {
  let list = [...alerts];
  return fakeSend({
    'alerts/list': () => ({ ok: true, alerts: list }),
    'alerts/dismiss': (r) => {
      list = list.filter((a) => !(r.paperIds as string[]).includes(a.paperId));
      return { ok: true };
    },
    'alerts/markSeen': (r) => {
      list = list.map((a) => ((r.paperIds as string[]).includes(a.paperId) ? { ...a, seenAt: 99 } : a));
      return { ok: true };
    },
    'library/save': (r) => ({ ok: true, saved: { id: r.id } }),
    'rules/add': (r) => (String(r.query).includes('zzz') ? { ok: false, error: 'the rule was not saved' } : { ok: true, rule: { id: 'n', query: r.query } }),
  });
}

const groups = (root: HTMLElement) =>
  [...root.querySelectorAll('.pr-alert-group')].map((g) => ({
    title: g.querySelector('h3')!.textContent,
    papers: [...g.querySelectorAll('.pr-paper-title')].map((a) => a.textContent),
  }));

describe('AlertsSection', () => {
  it('groups the unseen alerts under their first rule; new versions of saved papers apart', async () => {
    const root = await mount(<AlertsSection send={fakeSend({ 'alerts/list': () => ({ ok: true, alerts: ALERTS }), 'rules/add': () => ({ ok: true }) }).send} />);
    expect(root.querySelector('h2')!.textContent).toBe('New papers (4)');
    expect(groups(root)).toEqual([
      { title: 'Diffusion (2)', papers: ['Latent Diffusion <img src=x onerror=alert(1)>', 'Diffusion, again'] },
      { title: 'Hessians (1)', papers: ['Second-order diffusion'] },
      { title: 'New versions of saved papers (1)', papers: ['A saved paper'] },
    ]);
    // Remote text is text: the hostile title made no element; matched words are <mark>s.
    expect(root.querySelector('img')).toBeNull();
    const second = root.querySelectorAll('.pr-alert-group')[1]!;
    expect([...second.querySelectorAll('.pr-paper-title mark')].map((m) => m.textContent)).toEqual(['Second-order', 'diffusion']);
    expect([...second.querySelectorAll('.pr-snippet mark')].map((m) => m.textContent)).toEqual(['diffusion', 'Second-Order']);
    expect(second.textContent).toContain('Also matches: Diffusion');
    expect(root.querySelectorAll('.pr-alert-group')[2]!.textContent).toContain('Now at version 3.');
    expect(root.querySelector('.pr-paper-meta')!.textContent).toBe('Grace Hopper · 2501.00001');
  });

  it('Save saves to the library, Dismiss removes the alert, Mark all seen marks the shown ones', async () => {
    const bg = background();
    const root = await mount(<AlertsSection send={bg.send} />);
    await click(button(root, 'Save: Diffusion, again'));
    expect(bg.of('library/save')).toEqual([{ type: 'library/save', id: '2501.00003' }]);
    expect(button(root, 'Saved: Diffusion, again').disabled).toBe(true);

    await click(button(root, 'Dismiss: Second-order diffusion'));
    expect(bg.of('alerts/dismiss')).toEqual([{ type: 'alerts/dismiss', paperIds: ['2501.00002'] }]);
    expect(groups(root).map((g) => g.title)).toEqual(['Diffusion (2)', 'New versions of saved papers (1)']);

    await click(button(root, 'Mark all seen'));
    expect(bg.of('alerts/markSeen')).toEqual([{ type: 'alerts/markSeen', paperIds: ['2501.00001', '2501.00003', '2401.00009'] }]);
    expect(root.querySelectorAll('.pr-alert')).toHaveLength(0);
    expect(root.textContent).toContain('No new papers match your rules.');
    expect(() => button(root, 'Mark all seen')).toThrow();
  });

  it('refreshes on alerts/changed and follows library/changed, never answering any message', async () => {
    const bg = background([]);
    let listener: ((m: unknown) => unknown) | undefined;
    const messages = { addListener: (fn: (m: unknown) => undefined) => void (listener = fn), removeListener: () => undefined };
    const root = await mount(<AlertsSection send={bg.send} messages={messages} />);
    expect(root.textContent).toContain('No new papers match your rules.');
    const before = bg.of('alerts/list').length;
    // A request another page sends to the background is heard here too: ignored, unanswered.
    expect(listener!({ type: 'alerts/list' })).toBeUndefined();
    expect(listener!({ type: 'alerts/changed' })).toBeUndefined();
    await flush();
    expect(bg.of('alerts/list').length).toBe(before + 1);

    const withAlerts = background(ALERTS.slice(0, 1));
    unmountAll();
    const again = await mount(<AlertsSection send={withAlerts.send} messages={messages} />);
    expect(listener!({ type: 'library/changed', ids: ['2501.00001'], saved: true })).toBeUndefined();
    await flush();
    expect(button(again, /^Saved: Latent Diffusion/).disabled).toBe(true);
  });

  it('says plainly when alerts cannot be listed', async () => {
    const root = await mount(<AlertsSection send={fakeSend({ 'alerts/list': () => ({ ok: false, error: 'not implemented yet' }) }).send} />);
    expect(root.querySelector('[role=alert]')!.textContent).toBe('not implemented yet');
  });

  it('quick keyword add: parse errors inline as typed, the background refusal inline, success clears', async () => {
    const bg = background([]);
    const root = await mount(<AlertsSection send={bg.send} />);
    const input = field(root, 'Add a keyword rule');
    await type(input, 'diffusion OR');
    expect(root.querySelector('#pr-quick-add-message')!.textContent).toBe('dangling OR at the end');
    expect(button(root, 'Add').disabled).toBe(true);
    await type(input, 'zzz');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#pr-quick-add-message')!.textContent).toBe('the rule was not saved');
    await type(input, '  "gaussian splatting" ');
    await submit(root.querySelector('form')!);
    expect(bg.of('rules/add').at(-1)).toEqual({ type: 'rules/add', query: '"gaussian splatting"' });
    expect(root.querySelector('#pr-quick-add-message')!.textContent).toBe('Added rule “"gaussian splatting"”.');
    expect(input.value).toBe('');
  });
});
