import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Chunks } from '@/lib/content/load-chunk';
import { startPage } from '@/lib/content/start-page';

// The page script's work (lib/content/start-page.ts), imported by the every-page content script at
// the first paper a page shows, so that pages without papers never load or compile it.
export default defineUnlistedScript(() => {
  (globalThis as Partial<Chunks>).paperRadarPage = startPage;
});
