import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPage } from '@/lib/content/page-start';

// The every-page script's work on pages that show a paper, imported by it at the first paper it finds
// (lib/content/chunk.ts): most pages show none and never parse this.
export default defineUnlistedScript(() => {
  (globalThis as { paperRadarPage?: typeof startPage }).paperRadarPage = startPage;
});
