// The shipped source files (no tests) below the given folders, for static guards over our own code.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

export function sourceFiles(...dirs: string[]): string[] {
  return dirs.flatMap(walk);
}
