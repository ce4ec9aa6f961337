// A lib/ module as it ships: bundled into one scope, as WXT bundles the background and the pages.
// vite-node, which runs the benches, loads modules one by one and reads every imported binding
// through a getter (some 15 ns a read): inside a per-character loop that is more than the work
// itself, and no user ever runs that code. So what a bench times is imported from a bundle.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

export async function bundled<T>(entry: string): Promise<T> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'paper-radar-bench-')), `${path.basename(entry, '.ts')}.mjs`);
  writeFileSync(file, result.outputFiles[0]!.contents);
  return (await import(pathToFileURL(file).href)) as T;
}
