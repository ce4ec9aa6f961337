import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import { requestPersistentStorage } from '../../lib/db/persist';
import '../../components/theme.css';
import '../../components/library/library.css';
import './style.css';

// For bench/popup-first-paint.ts: when the popup's code starts, so the time to its first rows can be
// split into loading the page and what the popup then does (components/library/use-first-rows-mark.ts).
performance.mark('paper-radar:popup-script');

// Chrome's service worker has no storage.persist(); an extension page asks (granted silently with
// unlimitedStorage), so the browser never evicts the library under storage pressure.
void requestPersistentStorage();

render(
  <PopupApp permissions={browser.permissions} manifest={browser.runtime.getManifest()} />,
  document.getElementById('app')!,
);
