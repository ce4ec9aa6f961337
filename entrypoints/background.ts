import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundApp } from '../lib/background/app';

// Only wiring: the logic is in lib/. Listeners are registered synchronously in main(), so an event
// that starts a stopped worker (a message, the wake-up alarm) is delivered to them.
export default defineBackground(() => {
  const app = createBackgroundApp({
    runtime: browser.runtime,
    tabs: browser.tabs,
    alarms: browser.alarms,
    fetch: (url, init) => fetch(url, init),
  });
  // Returning the promise answers asynchronously (webextension-polyfill); every message gets an answer.
  browser.runtime.onMessage.addListener((message, sender) => app.handleMessage(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => void app.onAlarm(alarm));
  void app.start();
});
