import { describe, expect, it, vi } from 'vitest';
import { describeOrigin, missingOrigins, requestOrigins, requiredOrigins } from './host-access';

const manifest = {
  host_permissions: ['https://export.arxiv.org/*', 'https://huggingface.co/*'],
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }, { matches: ['https://huggingface.co/*'] }],
};

describe('host access', () => {
  it('needs the API hosts and the content-script matches, once each', () => {
    expect(requiredOrigins(manifest)).toEqual([
      'https://export.arxiv.org/*',
      'https://huggingface.co/*',
      'http://*/*',
      'https://*/*',
    ]);
  });

  it('reports exactly the origins the user withheld', async () => {
    const granted = new Set(['https://export.arxiv.org/*', 'https://*/*']);
    const api = {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      request: vi.fn(async () => true),
    };
    expect(await missingOrigins(api, manifest)).toEqual(['https://huggingface.co/*', 'http://*/*']);
    granted.add('https://huggingface.co/*').add('http://*/*');
    expect(await missingOrigins(api, manifest)).toEqual([]);
  });

  it('asks for all missing origins in one prompt', async () => {
    const api = { contains: vi.fn(), request: vi.fn(async () => false) };
    expect(await requestOrigins(api, ['https://huggingface.co/*'])).toBe(false);
    expect(api.request).toHaveBeenCalledWith({ origins: ['https://huggingface.co/*'] });
  });

  it('explains each origin in words', () => {
    expect(describeOrigin('https://export.arxiv.org/*')).toMatch(/metadata/);
    expect(describeOrigin('https://rss.arxiv.org/*')).toMatch(/alerts/);
    expect(describeOrigin('https://*/*')).toMatch(/paper links/);
  });
});
