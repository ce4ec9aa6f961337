import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideChunk } from '@/lib/content/chunk';
import { createPaperUi } from '@/lib/content/ui';

// The visible part of the page script (highlights, chips, toggles, overlay), imported by the page
// script only on pages that show something (lib/content/chunk.ts): it hands its factory over there.
export default defineUnlistedScript(() => provideChunk('/paper-ui.js', createPaperUi));
