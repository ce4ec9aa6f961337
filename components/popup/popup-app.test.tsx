// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, connectBackground, press, waitFor, type ConnectedBackground } from '../library/test-support';
import { PopupApp } from './popup-app';
import { SaveTabButton } from './save-tab-button';

let c: ConnectedBackground;
beforeEach(() => {
  c = connectBackground();
});
afterEach(() => act(() => render(null, document.body)));

const granted = { contains: async () => true, request: async () => true };
const manifest = { host_permissions: ['https://export.arxiv.org/*'] };
const tab = (name: string) => document.querySelector<HTMLElement>(`[role="tab"]#tab-${name}`)!;

describe('popup', () => {
  it('opens on Saved; the tabs switch with a click or the arrow keys', async () => {
    await act(() => render(<PopupApp permissions={granted} manifest={manifest} badgeText={async () => ''} tabUrl={async () => undefined} />, document.body));
    await waitFor(() => document.querySelector('.library-empty'));
    expect(tab('saved').getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById('panel-alerts')!.hidden).toBe(true);
    await act(() => tab('alerts').click());
    expect(tab('alerts').getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById('panel-saved')!.hidden).toBe(true);
    expect(document.getElementById('panel-alerts')!.childElementCount).toBeGreaterThan(0); // the Alerts section is mounted
    await act(() => press(tab('alerts'), 'ArrowLeft'));
    expect(tab('saved').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('saved'));
  });

  it('opens on Alerts when the badge shows unseen alerts, and says how many', async () => {
    await act(() => render(<PopupApp permissions={granted} manifest={manifest} badgeText={async () => '3'} tabUrl={async () => undefined} />, document.body));
    await waitFor(() => tab('alerts').getAttribute('aria-selected') === 'true' || undefined);
    expect(tab('alerts').textContent).toBe('Alerts (3 new)');
  });
});

describe('Save this tab', () => {
  it('is disabled, with the reason, on a tab that is not a paper', async () => {
    await act(() => render(<SaveTabButton tabUrl={async () => 'https://www.example.org/blog'} />, document.body));
    const save = await waitFor(() => document.querySelector<HTMLButtonElement>('.save-tab button'));
    expect(save.disabled).toBe(true);
    expect(document.getElementById('save-tab-why')!.textContent).toBe('This tab is not an arXiv or Hugging Face paper.');
    expect(save.getAttribute('aria-describedby')).toBe('save-tab-why');
  });

  it('saves the paper of a PDF tab (no content script there) through library/save', async () => {
    await act(() => render(<SaveTabButton tabUrl={async () => 'https://arxiv.org/pdf/2401.12345v2'} />, document.body));
    const save = await waitFor(() => document.querySelector<HTMLButtonElement>('.save-tab button:not([disabled])'));
    expect(document.getElementById('save-tab-why')!.textContent).toBe('arXiv:2401.12345');
    await act(() => save.click());
    await waitFor(() => button('Saved ✓'), 5_000);
    expect(c.requests).toContainEqual({ type: 'library/save', id: '2401.12345' });
    expect((await c.saved()).map((s) => s.id)).toEqual(['2401.12345']);
  });
});
