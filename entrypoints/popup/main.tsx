import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import { requestPersistentStorage } from '../../lib/db/persist';
import '../../components/library/library.css';
import './style.css';

// Chrome's service worker has no storage.persist(); an extension page asks (granted silently with
// unlimitedStorage), so the browser never evicts the library under storage pressure.
void requestPersistentStorage();

render(
  <PopupApp permissions={browser.permissions} manifest={browser.runtime.getManifest()} />,
  document.getElementById('app')!,
);
