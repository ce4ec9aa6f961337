// What specs import: the browser session, the fixture server's mocks, and the mark checks.
export { launchWithExtension, type ExtensionSession, type LaunchOptions, type OpenOptions } from './browser';
export { launchPlainChromium, type PlainBrowser, type PlainBrowserOptions } from './plain-browser';
export { BROWSERS } from './browsers';
export { sessionPerBlock } from './session-per-block';
export type { BrowserName } from './paths';
export {
  chromiumOnly,
  firefoxOnly,
  type BackgroundHandle,
  type FirefoxSession,
  type PortablePage,
  type PortableSession,
  type PortableWebPage,
} from './portable';
export type { ArxivRecord, AtomFormat } from './atom';
export type { FixtureServer } from './fixture-server';
export { arxivFailures, requestedIds } from './hosts/arxiv-api';
export { fixturePath } from './hosts/fixture-file';
export { pageUrl } from './hosts/fixture-index';
export { expectedMarkCount, liveHtml, markProblems, marks, type Mark } from './marks';
export { get, json, text, type Handler, type LoggedRequest, type Reply, type Req } from './server';
export { inShadowRoots, overlayPoint, overlayText } from './shadow';
