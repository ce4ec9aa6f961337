// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

describe('copyText', () => {
  it('uses the async clipboard when it works', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    expect(await copyText('key2024')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('key2024');
  });

  it('falls back to a selected textarea and execCommand when the clipboard refuses, then cleans up', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: vi.fn(async () => Promise.reject(new Error('not focused'))) } as unknown as Clipboard);
    let copied = '';
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = vi.fn((command: string) => {
      copied = command === 'copy' ? (document.activeElement as HTMLTextAreaElement | null)?.value ?? '' : '';
      return true;
    });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    expect(await copyText('@misc{k,}')).toBe(true);
    expect(copied).toBe('@misc{k,}');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
