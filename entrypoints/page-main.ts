import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideChunk } from '@/lib/content/chunk';
import { startPage } from '@/lib/content/page-start';

// The every-page script's work on pages that show a paper, imported by it at the first paper it finds
// (lib/content/chunk.ts): most pages show none and never parse this.
export default defineUnlistedScript(() => provideChunk('/page-main.js', startPage));
