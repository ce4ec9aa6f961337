// Guards for the two zod rules: schemas are built with eval-free validators (the CSP forbids eval),
// and zod never reaches the every-page content script (DESIGN §8).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../tests/support/source-files';
import { RequestSchema } from './messaging/protocol';
import { z } from './zod';

const RUNTIME_ZOD = /^import\s+(?!type\b)[^;]*from\s+['"]zod(?:\/[^'"]*)?['"]/m;

describe('zod', () => {
  it('is configured jitless before any schema is built', () => {
    expect(RequestSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('is imported at runtime only through lib/zod.ts', () => {
    const offenders = sourceFiles('lib', 'entrypoints', 'components').filter((f) => f !== join('lib', 'zod.ts') && RUNTIME_ZOD.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('stays out of what content scripts import for messaging: type-only imports (and wxt/browser)', () => {
    for (const file of ['lib/messaging/types.ts', 'lib/messaging/send.ts']) {
      const imports = readFileSync(file, 'utf8').match(/^import\s[^;]*;/gm) ?? [];
      const runtime = imports.filter((line) => !line.startsWith('import type') && !line.includes("'wxt/browser'"));
      expect(runtime, file).toEqual([]);
    }
  });
});
