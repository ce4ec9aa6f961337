// @vitest-environment happy-dom
// The options page's rules: the list, the editor's live parse errors (position and problem), the
// debounced preview with matched words marked as text, and saving through the rules/* messages.
import { afterEach, describe, expect, it } from 'vitest';
import type { Paper, Rule } from '../../lib/messaging/types';
import { button, click, fakeSend, field, flush, mount, submit, type, unmountAll } from '../rules/test-utils';
import { RulesSection } from './rules-section';

afterEach(unmountAll);

const paper = (id: string, title: string, abstract: string, extra: Partial<Paper> = {}): Paper => ({
  id,
  title,
  abstract,
  authors: ['Ada Lovelace', 'Alan Turing'],
  categories: [],
  fetchedAt: {},
  ...extra,
});

const HOSTILE = '<img src=x onerror=alert(1)> Second-order attacks';
const CACHE = [
  paper('2401.00001', HOSTILE, 'We study <script>alert(2)</script> hessian tricks.'),
  paper('2401.00002', 'Beyond First-Order Tweedie', 'Existing second-order approximations are impractical.', { aiSummary: 'A second order sampler.' }),
  paper('2401.00003', 'Unrelated', 'Nothing here.'),
  paper('2401.00004', 'Keywords too', 'Uses a second-order scheme.', { aiSummary: 'A short summary.', aiKeywords: ['splatting', 'second-order methods'] }),
];

/** A background stand-in: rules in memory; the preview answers the cached papers whose text has a query word. */
function background(initial: Rule[] = []) {
  let rules = [...initial];
  let n = 0;
  return fakeSend({
    'rules/list': () => ({ ok: true, rules }),
    'rules/add': (r) => {
      if (String(r.label ?? '').includes(',')) return { ok: false, error: 'invalid label' };
      const rule = { id: `r${++n}`, query: String(r.query), enabled: r.enabled !== false, createdAt: n, ...(r.label ? { label: r.label } : {}), ...(r.color ? { color: r.color } : {}) } as Rule;
      rules = [...rules, rule];
      return { ok: true, rule };
    },
    'rules/update': (r) => {
      const i = rules.findIndex((x) => x.id === r.id);
      const rule = { ...rules[i]!, ...Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'type')) } as Rule;
      rules = rules.map((x, j) => (j === i ? rule : x));
      return { ok: true, rule };
    },
    'rules/remove': (r) => {
      rules = rules.filter((x) => x.id !== r.id);
      return { ok: true, removed: true };
    },
    'rules/preview': (r) => {
      const word = String(r.query).replace(/["()]/g, '').split(/\s+/)[0]!.toLowerCase();
      const papers = CACHE.filter((p) => `${p.title} ${p.abstract}`.toLowerCase().includes(word));
      return { ok: true, papers, matched: papers.length, scanned: CACHE.length };
    },
  });
}

describe('RulesSection', () => {
  it('shows the rules with label, query, colour and switch; the switch and delete go through rules/*', async () => {
    const bg = background([
      { id: 'a', query: 'ti:diffusion -cat:cs.CV', label: 'Diffusion', color: '#1a73e8', enabled: true, createdAt: 1 },
      { id: 'b', query: 'hessian', enabled: false, createdAt: 2 },
    ]);
    const root = await mount(<RulesSection send={bg.send} previewDelayMs={0} />);
    const items = [...root.querySelectorAll('.pr-rule')];
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['Diffusion', 'hessian']);
    expect(items[0]!.querySelector('code')!.textContent).toBe('ti:diffusion -cat:cs.CV');
    expect((items[0]!.querySelector('.pr-swatch') as HTMLElement).style.background).toMatch(/#1a73e8|rgb\(26, 115, 232\)/);

    const toggle = field(root, 'Rule hessian enabled');
    expect(toggle.checked).toBe(false);
    await click(toggle);
    expect(bg.of('rules/update')).toEqual([{ type: 'rules/update', id: 'b', enabled: true }]);
    expect(field(root, 'Rule hessian enabled').checked).toBe(true);

    await click(button(root, 'Delete rule Diffusion'));
    await click(button(root, 'Delete'));
    expect(bg.of('rules/remove')).toEqual([{ type: 'rules/remove', id: 'a' }]);
    expect([...root.querySelectorAll('.pr-rule strong')].map((s) => s.textContent)).toEqual(['hessian']);
  });

  it('the editor shows a parse error with its position as the user types, and will not save it', async () => {
    const bg = background();
    const root = await mount(<RulesSection send={bg.send} previewDelayMs={0} />);
    await click(button(root, 'Add a rule'));
    const query = field(root, 'Query');

    await type(query, 'diffusion OR (flow');
    const error = root.querySelector('.pr-query-error')!;
    expect(error.textContent).toContain('unbalanced parenthesis at character 14');
    expect(error.getAttribute('data-position')).toBe('13');
    // The character at fault is underlined in the echo of the query.
    expect(error.querySelector('.pr-query-at')!.textContent).toBe('(');
    expect(query.getAttribute('aria-invalid')).toBe('true');
    expect(button(root, 'Add rule').disabled).toBe(true);

    await type(query, 'diffusion OR');
    expect(root.querySelector('.pr-query-error')!.textContent).toContain('dangling OR at the end');
    await type(query, 'foo:bar');
    expect(root.querySelector('.pr-query-error')!.textContent).toContain("unknown field 'foo' at character 1");

    // "Show me" puts the caret on the problem.
    await click(button(root, 'Show me'));
    expect(document.activeElement).toBe(query);
    expect([query.selectionStart, query.selectionEnd]).toEqual([0, 1]);

    await type(query, 'a or b');
    expect(root.querySelector('.pr-query-error')).toBeNull();
    expect(root.querySelector('.pr-query-warning')!.textContent).toMatch(/operators are written in capitals/);
    // Nothing was asked of the background for the broken queries.
    expect(bg.of('rules/preview').map((r) => r.query)).toEqual(['a or b']);
    expect(bg.of('rules/add')).toEqual([]);
  });

  it('previews the matching cached papers with the matched words marked, as text only', async () => {
    const bg = background();
    const root = await mount(<RulesSection send={bg.send} previewDelayMs={0} />);
    await click(button(root, 'Add a rule'));
    await type(field(root, 'Query'), '"second-order"');
    await flush();
    expect(bg.of('rules/preview').at(-1)).toEqual({ type: 'rules/preview', query: '"second-order"', limit: 10 });
    expect(root.querySelector('.pr-preview-count')!.textContent).toBe('Matches 3 of 4 cached papers:');
    const items = [...root.querySelectorAll('.pr-preview-list > li')];
    expect(items).toHaveLength(3);

    // The hostile title is text: no <img>, no <script>; the matched words are <mark> text nodes.
    expect(root.querySelector('img, script')).toBeNull();
    const hostile = items[0]!.querySelector('.pr-paper-title')!;
    expect(hostile.textContent).toBe(HOSTILE);
    expect([...hostile.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Second-order']);
    expect(hostile.getAttribute('href')).toBe('https://arxiv.org/abs/2401.00001');
    expect(items[0]!.querySelector('.pr-paper-meta')!.textContent).toBe('Ada Lovelace et al. · 2401.00001');
    // The snippet is the AI summary when there is one, marked where the matcher matched it.
    expect(items[1]!.querySelector('.pr-snippet')!.textContent).toBe('A second order sampler.');
    expect([...items[1]!.querySelectorAll('.pr-snippet mark')].map((m) => m.textContent)).toEqual(['second order']);
    // Else the abstract, when the words are there; matched AI keywords are listed, marked.
    expect(items[2]!.querySelector('.pr-snippet')!.textContent).toBe('Uses a second-order scheme.');
    expect([...items[2]!.querySelectorAll('.pr-snippet mark')].map((m) => m.textContent)).toEqual(['second-order']);
    expect(items[2]!.querySelector('.pr-paper-keywords')!.textContent).toBe('Keywords: second-order methods');
    expect([...items[2]!.querySelectorAll('.pr-paper-keywords mark')].map((m) => m.textContent)).toEqual(['second-order']);
  });

  it('adds a rule with label, colour and switch; refuses a label with a comma before asking', async () => {
    const bg = background();
    const root = await mount(<RulesSection send={bg.send} previewDelayMs={0} />);
    await click(button(root, 'Add a rule'));
    await click(button(root, 'Use example ti:diffusion -cat:cs.CV'));
    expect(field(root, 'Query').value).toBe('ti:diffusion -cat:cs.CV');
    await type(field(root, 'Label (optional)'), 'Diffusion, not vision');
    expect(root.textContent).toContain('a label cannot contain a comma');
    expect(button(root, 'Add rule').disabled).toBe(true);
    await type(field(root, 'Label (optional)'), 'Diffusion');
    await click(field(root, 'Teal'));
    await click(field(root, 'Enabled'));
    await submit(root.querySelector('form')!);
    expect(bg.of('rules/add')).toEqual([
      { type: 'rules/add', query: 'ti:diffusion -cat:cs.CV', label: 'Diffusion', color: '#007b83', enabled: false },
    ]);
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('.pr-status')!.textContent).toBe('Added rule “Diffusion”.');
    expect([...root.querySelectorAll('.pr-rule strong')].map((s) => s.textContent)).toEqual(['Diffusion']);
  });

  it('edits a rule in place; clearing the label sends an empty one (removes it); inserts a category', async () => {
    const bg = background([{ id: 'a', query: 'hessian', label: 'H', color: '#d93025', enabled: true, createdAt: 1 }]);
    const root = await mount(<RulesSection send={bg.send} previewDelayMs={0} />);
    await click(button(root, 'Edit rule H'));
    expect(field(root, 'Query').value).toBe('hessian');
    expect(field(root, 'Red').checked).toBe(true);
    await type(field(root, 'Label (optional)'), '');
    await type(field(root, 'Find a category'), 'computer vision');
    await click(button(root, /^Insert cat:cs\.CV/));
    expect(field(root, 'Query').value).toBe('hessian cat:cs.CV');
    await submit(root.querySelector('form')!);
    expect(bg.of('rules/update')).toEqual([
      { type: 'rules/update', id: 'a', query: 'hessian cat:cs.CV', label: '', color: '#d93025', enabled: true },
    ]);
  });

  it('shows the background refusal, and reloads on rules/changed without ever answering', async () => {
    const bg = background();
    let listener: ((m: unknown) => unknown) | undefined;
    const messages = { addListener: (fn: (m: unknown) => undefined) => void (listener = fn), removeListener: () => undefined };
    const root = await mount(<RulesSection send={bg.send} messages={messages} previewDelayMs={0} />);
    const lists = bg.of('rules/list').length;
    expect(listener!({ type: 'rules/add', query: 'x' })).toBeUndefined();
    expect(listener!({ type: 'rules/changed' })).toBeUndefined();
    await flush();
    expect(bg.of('rules/list').length).toBe(lists + 1);

    const failing = fakeSend({ 'rules/list': () => ({ ok: true, rules: [] }), 'rules/add': () => ({ ok: false, error: 'the rule was not saved' }) });
    unmountAll();
    const again = await mount(<RulesSection send={failing.send} previewDelayMs={0} />);
    await click(button(again, 'Add a rule'));
    await type(field(again, 'Query'), 'diffusion');
    await submit(again.querySelector('form')!);
    expect(again.querySelector('[role=alert]')!.textContent).toBe('the rule was not saved');
    expect(again.querySelector('form')).not.toBeNull();
  });
});
