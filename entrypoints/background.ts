import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundApp } from '../lib/background/app';
import { watchSettings } from '../lib/settings/store';

// Only wiring: the logic is in lib/. Listeners are registered synchronously in main(), so an event
// that starts a stopped worker (a message, the wake-up alarm) is delivered to them.
export default defineBackground(() => {
  const app = createBackgroundApp({
    runtime: browser.runtime,
    tabs: browser.tabs,
    alarms: browser.alarms,
    fetch: (url, init) => fetch(url, init),
    action: browser.action,
    storage: browser.storage.local,
    notifications: () => browser.notifications,
    permissions: browser.permissions,
    saveActions: {
      contextMenus: browser.contextMenus,
      action: browser.action,
      queryTabs: (query) => browser.tabs.query(query),
      lastError: () => browser.runtime.lastError,
    },
  });
  // Returning the promise answers asynchronously (webextension-polyfill); every message gets an answer.
  browser.runtime.onMessage.addListener((message, sender) => app.handleMessage(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => void app.onAlarm(alarm));
  // Chrome forgets the badge when the browser restarts; the period may change in the options.
  browser.runtime.onStartup.addListener(() => void app.alerts.restoreBadge());
  watchSettings(browser.storage.onChanged, (settings) => void app.alerts.settingsChanged(settings));
  // The context menu (made on install and on browser start) and the keyboard shortcut.
  browser.runtime.onInstalled.addListener(() => void app.registerMenus());
  browser.runtime.onStartup.addListener(() => void app.registerMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void app.onContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((name, tab) => void app.onCommand(name, tab));
  void app.start();
});
