import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import './style.css';

render(
  <PopupApp permissions={browser.permissions} manifest={browser.runtime.getManifest()} />,
  document.getElementById('app')!,
);
