import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPaperUi } from '@/lib/content/ui';

// The visible part of the page script (highlights, chips, toggles, overlay), imported by the
// every-page content script only on pages that show a paper: `import()` of a web-accessible file runs
// it in the content script's isolated world, where it hands its factory over on that world's global.
export default defineUnlistedScript(() => {
  (globalThis as { paperRadarUi?: typeof createPaperUi }).paperRadarUi = createPaperUi;
});
