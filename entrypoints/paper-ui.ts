import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Chunks } from '@/lib/content/load-chunk';
import { createPaperUi } from '@/lib/content/ui';

// The visible part of the page script (highlights, chips, toggles, overlay), imported by the page
// app (lib/content/start-page.ts) only when there is something to show (lib/content/page-app.ts).
export default defineUnlistedScript(() => {
  (globalThis as Partial<Chunks>).paperRadarUi = createPaperUi;
});
