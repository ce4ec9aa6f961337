/**
 * The one entry point to zod for the product. The extension's CSP forbids eval, and zod 4 decides at
 * schema-construction time whether to generate code for its fast paths; configuring it here, in the
 * module every schema file imports `z` from, guarantees the setting precedes any schema (ES modules
 * evaluate their imports first). Importing `zod` directly elsewhere would race this.
 *
 * Only background and extension-page code may import this: content scripts use `lib/messaging/types`
 * (types only) so zod never lands in the every-page bundle.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
