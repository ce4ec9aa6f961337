// Serves a file from tests/fixtures/pages. A missing fixture answers 404 with a body that names the
// file, so a spec failing on it says "fixture missing" rather than "nothing was marked".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pagesDir } from '../paths';
import type { Reply } from '../server';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Path of a fixture page, relative to tests/fixtures/pages (e.g. `hf/papers-search.html`). */
export function fixturePath(relative: string): string {
  const resolved = path.resolve(pagesDir, relative);
  if (!resolved.startsWith(pagesDir + path.sep)) throw new Error(`fixture path escapes pagesDir: ${relative}`);
  return resolved;
}

export function fixtureExists(relative: string): boolean {
  return existsSync(fixturePath(relative));
}

/** The fixture's bytes as a reply, or a 404 that says which file is missing. */
export function serveFixture(relative: string): Reply {
  const file = fixturePath(relative);
  if (!existsSync(file)) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-fixture-missing': relative },
      body: `fixture missing: tests/fixtures/pages/${relative}`,
    };
  }
  const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
  return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-store' }, body: readFileSync(file) };
}
