/**
 * Golden files: expected outputs kept in lib/export/__golden__/, compared byte for byte. A missing or
 * different file fails the test; `UPDATE_GOLDEN=1 npx vitest run lib/export` rewrites them (then read
 * the diff before committing it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function goldenPath(name: string): URL {
  return new URL(`../__golden__/${name}`, import.meta.url);
}

export function expectGolden(name: string, actual: string): void {
  const path = goldenPath(name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing (UPDATE_GOLDEN=1 writes it)`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
