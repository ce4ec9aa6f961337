// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostAccessBanner } from './host-access-banner';

const manifest = { host_permissions: ['https://export.arxiv.org/*', 'https://huggingface.co/*'] };
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

afterEach(() => render(null, document.body));

describe('HostAccessBanner', () => {
  it('says what is missing and asks for it; disappears once granted', async () => {
    const granted = new Set<string>(['https://export.arxiv.org/*']);
    const permissions = {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        origins.forEach((o) => granted.add(o));
        return true;
      }),
    };
    await act(() => render(<HostAccessBanner permissions={permissions} manifest={manifest} />, document.body));
    await flush();
    expect(document.body.textContent).toContain('Hugging Face (papers pages and API)');
    expect(document.body.textContent).not.toContain('arXiv API');
    await act(() => document.querySelector('button')!.click());
    await flush();
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://huggingface.co/*'] });
    expect(document.querySelector('.host-access')).toBeNull();
  });

  it('renders nothing when everything is granted', async () => {
    const permissions = { contains: vi.fn(async () => true), request: vi.fn() };
    await act(() => render(<HostAccessBanner permissions={permissions} manifest={manifest} />, document.body));
    await flush();
    expect(document.body.innerHTML).toBe('');
  });

  it('says so plainly when the user refuses', async () => {
    const permissions = { contains: vi.fn(async () => false), request: vi.fn(async () => false) };
    await act(() => render(<HostAccessBanner permissions={permissions} manifest={manifest} />, document.body));
    await flush();
    await act(() => document.querySelector('button')!.click());
    await flush();
    expect(document.querySelector('.host-access-denied')?.textContent).toMatch(/not granted/);
  });
});
