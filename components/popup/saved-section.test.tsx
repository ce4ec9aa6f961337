// @vitest-environment happy-dom
// The popup's Saved section against the real background (router, library, fake-indexeddb): what the
// user sees and does, through the same messages as in the extension.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generatedLibrary, paper, saved, T0, VASWANI, VASWANI_ARXIV_BIBTEX } from '../../lib/export/__fixtures__/library';
import { button, choose, connectBackground, press, rowTitles, typeInto, waitFor, type ConnectedBackground } from '../library/test-support';
import { SavedSection } from './saved-section';

let c: ConnectedBackground;
let clipboard: string[];
beforeEach(() => {
  c = connectBackground();
  clipboard = [];
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: async (t: string) => void clipboard.push(t) } as unknown as Clipboard);
});
afterEach(() => act(() => render(null, document.body)));

const LIB = generatedLibrary(120);
const mount = () => act(() => render(<SavedSection />, document.body));
const rows = () => [...document.querySelectorAll<HTMLElement>('.vrow')];
const count = () => document.querySelector('.library-count')?.textContent;

describe('popup: Saved', () => {
  it('lists saved papers newest first with title, first author, year and tags; renders only the rows in view', async () => {
    await c.put(LIB);
    await mount();
    await waitFor(() => rows()[0]?.querySelector('.paper-title'));
    const newest = LIB[119]!;
    expect(rowTitles()[0]).toBe(newest.paper.title);
    expect(rows()[0]!.querySelector('.paper-meta')!.textContent).toBe(`${newest.paper.authors[0]} et al. · 2024 · ${newest.id}`);
    expect([...rows()[0]!.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(newest.tags);
    expect(count()).toBe('120 saved');
    expect(rows().length).toBeLessThan(15);
    expect(document.querySelector('[role="list"]')!.getAttribute('aria-label')).toBe('Saved papers');
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('120');
    // Paged: the first request read one page, not the library.
    const lists = c.requests.filter((r) => r.type === 'library/list') as { limit?: number }[];
    expect(lists[0]!.limit).toBeLessThanOrEqual(50);
    await waitFor(() => performance.getEntriesByName('paper-radar:first-rows').length > 0 || undefined);
  });

  it('scrolling far down asks for that page and shows its rows', async () => {
    await c.put(LIB);
    await mount();
    await waitFor(() => rowTitles()[0]);
    const viewport = document.querySelector<HTMLElement>('.vlist')!;
    viewport.scrollTop = 100 * 84;
    await act(() => void viewport.dispatchEvent(new Event('scroll')));
    const row100 = () => rows().find((r) => r.dataset.index === '100')?.querySelector('.paper-title')?.textContent;
    await waitFor(() => row100() !== 'Loading…' && row100());
    expect(row100()).toBe(LIB[19]!.paper.title);
    expect(rows().every((r) => Number(r.dataset.index) >= 90)).toBe(true);
  });

  it('searches title, authors, abstract, tags and notes (debounced), filters by tag, sorts', async () => {
    await c.put(LIB);
    await mount();
    await waitFor(() => rowTitles()[0]);
    await act(() => typeInto(document.querySelector<HTMLInputElement>('input[type="search"]')!, 'problem 107'));
    await waitFor(() => count() === '1 found' || undefined);
    expect(rowTitles()).toEqual([LIB[107]!.paper.title]);
    await act(() => typeInto(document.querySelector<HTMLInputElement>('input[type="search"]')!, 'note 14'));
    await waitFor(() => rowTitles()[0] === LIB[14]!.paper.title || undefined);

    await act(() => typeInto(document.querySelector<HTMLInputElement>('input[type="search"]')!, ''));
    await waitFor(() => count() === '120 saved' || undefined);
    const tagSelect = document.querySelector<HTMLSelectElement>('select[aria-label="Filter by tag"]')!;
    await waitFor(() => tagSelect.options.length > 1 || undefined);
    expect([...tagSelect.options].map((o) => o.textContent)).toContain('t3 (12)');
    await act(() => choose(tagSelect, 't3'));
    await waitFor(() => count() === '12 found' || undefined);
    expect(rowTitles()[0]).toBe(LIB[113]!.paper.title);

    await act(() => choose(document.querySelector<HTMLSelectElement>('select[aria-label="Order"]')!, 'title'));
    await waitFor(() => rowTitles()[0] !== LIB[113]!.paper.title || undefined);
    const titles = rowTitles().filter((t): t is string => !!t);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
  });

  it('remove offers Undo, which puts the paper back exactly', async () => {
    await c.put(LIB.slice(0, 3));
    await mount();
    await waitFor(() => rowTitles()[0] === LIB[2]!.paper.title || undefined);
    await act(() => button(`Remove “${LIB[2]!.paper.title}” from the library`).click());
    await waitFor(() => count() === '2 saved' || undefined);
    expect(rowTitles()[0]).toBe(LIB[1]!.paper.title);
    expect(document.querySelector('[role="status"]')!.textContent).toContain('Removed 1 paper.');
    await act(() => button('Undo').click());
    await waitFor(() => count() === '3 saved' || undefined);
    expect(rowTitles()[0]).toBe(LIB[2]!.paper.title);
    expect((await c.saved()).find((s) => s.id === LIB[2]!.id)).toEqual(LIB[2]);
  });

  it('is keyboard-operable: arrows move between rows, Delete removes (with undo), Enter opens the abstract page', async () => {
    await c.put(LIB.slice(0, 5));
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => (opened.push(url!), {}) as never);
    await mount();
    await waitFor(() => rowTitles()[4]);
    const first = rows()[0]!;
    expect(first.tabIndex).toBe(0);
    expect(rows()[1]!.tabIndex).toBe(-1);
    first.focus();
    await act(() => press(first, 'ArrowDown'));
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows()[1]!.tabIndex).toBe(0);
    await act(() => press(rows()[1]!, 'End'));
    expect(document.activeElement).toBe(rows()[4]);
    await act(() => press(rows()[4]!, 'Enter'));
    expect(opened).toEqual([`https://arxiv.org/abs/${LIB[0]!.id}`]);
    await act(() => press(rows()[4]!, 'Delete'));
    await waitFor(() => count() === '4 saved' || undefined);
    expect((await c.saved()).map((s) => s.id)).not.toContain(LIB[0]!.id);
    expect(button('Undo')).toBeTruthy();
  });

  it('copies arXiv’s own BibTeX and its cite key; without one, the entry an export writes', async () => {
    const withArxiv = saved(VASWANI, T0 + 10, { bibtex: VASWANI_ARXIV_BIBTEX });
    const without = saved(paper({ ...VASWANI, id: '2401.00042', title: 'A paper awaiting its BibTeX' }), T0 + 20);
    await c.put([withArxiv, without]);
    await mount();
    await waitFor(() => rowTitles()[1]);
    await act(() => button(`Copy BibTeX of “Attention Is All You Need”`).click());
    await waitFor(() => clipboard.length === 1 || undefined);
    expect(clipboard[0]).toBe(VASWANI_ARXIV_BIBTEX);
    await act(() => button(`Copy cite key of “Attention Is All You Need”`).click());
    await waitFor(() => clipboard.length === 2 || undefined);
    expect(clipboard[1]).toBe('vaswani2023attentionneed');

    await act(() => button(`Copy BibTeX of “A paper awaiting its BibTeX”`).click());
    await waitFor(() => clipboard.length === 3 || undefined);
    const exported = await c.send<{ text: string }>({ type: 'library/export', format: 'bibtex', ids: ['2401.00042'] });
    expect(clipboard[2]).toBe(exported.text);
    expect(clipboard[2]).toMatch(/^@misc\{vaswani2023paperawaitingbibtex,/);
    expect(document.querySelector('[role="status"]')!.textContent).toContain('Copied the BibTeX entry of 2401.00042.');
  });

  it('marks read, and edits tags and note in a dialog', async () => {
    const { readAt: _unread, ...unread } = LIB[0]!;
    await c.put([{ ...unread, tags: [] }]);
    await mount();
    await waitFor(() => rowTitles()[0]);
    const title = LIB[0]!.paper.title;
    expect(button(`Read: “${title}”`).getAttribute('aria-pressed')).toBe('false');
    await act(() => button(`Read: “${title}”`).click());
    await waitFor(() => button(`Read: “${title}”`).getAttribute('aria-pressed') === 'true' || undefined);
    expect((await c.saved())[0]!.readAt).toBeTypeOf('number');

    await act(() => button(`Edit tags and note of “${title}”`).click());
    const dialog = await waitFor(() => document.querySelector<HTMLElement>('[role="dialog"]'));
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const tagInput = dialog.querySelector<HTMLInputElement>('.tag-editor input')!;
    expect(document.activeElement).toBe(tagInput);
    await act(() => typeInto(tagInput, 'to-read'));
    await act(() => press(tagInput, 'Enter'));
    await act(() => typeInto(dialog.querySelector('textarea')!, 'Check the proof of Lemma 3.'));
    await act(() => button('Save', dialog).click());
    await waitFor(() => !document.querySelector('[role="dialog"]') || undefined);
    await waitFor(() => rows()[0]!.querySelector('.tag')?.textContent === 'to-read' || undefined);
    expect((await c.saved())[0]).toMatchObject({ tags: ['to-read'], note: 'Check the proof of Lemma 3.' });
  });

  it('follows changes made elsewhere (library/changed notices)', async () => {
    await c.put(LIB.slice(0, 2));
    await mount();
    await waitFor(() => count() === '2 saved' || undefined);
    // Another page removes a paper: the background announces it, this list follows.
    await c.send({ type: 'library/remove', ids: [LIB[1]!.id] });
    await waitFor(() => count() === '1 saved' || undefined);
    expect(rowTitles()).toEqual([LIB[0]!.paper.title]);
  });

  it('an empty library says how to save, and the first-rows mark is set', async () => {
    performance.clearMarks();
    await mount();
    await waitFor(() => document.querySelector('.library-empty'));
    expect(document.querySelector('.library-empty')!.textContent).toMatch(/No saved papers yet/);
    await waitFor(() => performance.getEntriesByName('paper-radar:first-rows').length > 0 || undefined);
  });
});
