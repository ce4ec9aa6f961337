// Reads the repository's own copies of the real captures (tests/fixtures/), never ../shared: the repo
// must test the same on a fresh clone.
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../fixtures/', import.meta.url);

export function readFixture(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

export function listFixtures(dir: string): string[] {
  return readdirSync(new URL(dir + '/', root)).sort();
}
