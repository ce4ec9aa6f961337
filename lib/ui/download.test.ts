// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, REVOKE_AFTER_MS } from './download';

afterEach(() => vi.useRealTimers());

describe('downloadText', () => {
  it('clicks a hidden <a download> on a blob URL of the text, removes it, and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test/1'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; connected: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
    });

    downloadText({ filename: 'paper-radar-2025-11-11.bib', mimeType: 'application/x-bibtex; charset=utf-8', text: '@misc{k,\n}' });

    expect(create).toHaveBeenCalledTimes(1);
    expect(await blobs[0]!.text()).toBe('@misc{k,\n}');
    expect(blobs[0]!.type).toBe('application/x-bibtex; charset=utf-8');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'paper-radar-2025-11-11.bib', connected: true }]);
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
    click.mockRestore();
  });
});
