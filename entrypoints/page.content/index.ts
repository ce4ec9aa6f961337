import { defineContentScript } from 'wxt/utils/define-content-script';
import { createMetadataSync } from '@/lib/content/metadata-sync';
import { startDetection } from '@/lib/detect/observer';
import { sendMessage } from '@/lib/messaging/send';

// Every page: finds paper references and marks them (DESIGN §6). Kept thin and small: the detection
// lives in lib/detect; highlighting, the overlay and the background messages (ids and embedded
// metadata, never the page URL) hook in through the callbacks below.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const sync = createMetadataSync(sendMessage);
    const detection = startDetection({
      onDetect: (detections) => sync.add(detections),
    });
    // In-page navigation on Hugging Face (an SPA) that changed no DOM after the URL changed. Only
    // there: without the Navigation API (Firefox), WXT's watcher polls the URL every second.
    if (location.hostname === 'huggingface.co') {
      ctx.addEventListener(window, 'wxt:locationchange', () => detection.checkLocation());
    }
    ctx.onInvalidated(() => detection.stop());
  },
});
