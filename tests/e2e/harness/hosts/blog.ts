// Generic third-party sites. Besides the URLs fixture pages name, any path ending in a file name of
// tests/fixtures/pages/blog/ serves that file, so a spec can show a blog page on another host or path
// (e.g. https://www.example.org/2025/11/no-papers.html).
import { get, type Handler } from '../server';
import { serveFixture } from './fixture-file';

export const blogHosts = ['blog.example.com', 'www.example.org'] as const;

export function blogHandlers(): Handler[] {
  return [get(/([^/]+\.html)$/, (_req, [, file = '']) => serveFixture(`blog/${file}`))];
}
