/**
 * The user's settings: small, read by every context (content scripts, background, pages), stored in
 * `storage.local` under one key. Validated field by field with a fallback to the default (Dark Reader's
 * way): a bad or missing field never costs the user the others, and an older version reads as the
 * current one. No zod here, so the every-page content script can read settings too.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const ANNOUNCE_TYPES = ['new', 'cross', 'replace', 'replace-cross'] as const;
export type AnnounceType = (typeof ANNOUNCE_TYPES)[number];

export interface Settings {
  version: number;
  /** Hostnames where Paper Radar does nothing at all (a host also covers its subdomains). */
  disabledSites: string[];
  /** Summary overlay on hover and focus. */
  overlay: boolean;
  /** Hover intent delay before the overlay opens, in ms. */
  overlayDelayMs: number;
  /** Highlight papers matching enabled rules. */
  highlight: boolean;
  /** Save toggles on cards, listing entries and paper pages. */
  saveButtons: boolean;
  /** Minutes between alert checks. */
  alertIntervalMinutes: number;
  /** Read Hugging Face daily papers in the alert check. */
  alertHfDaily: boolean;
  /** arXiv categories whose RSS feed the alert check reads (none by default). */
  alertCategories: string[];
  /** Which RSS announce types count as new papers. */
  alertAnnounceTypes: AnnounceType[];
  /** Desktop notification on new alerts (needs the optional `notifications` permission). */
  notifications: boolean;
  /** When the user last exported a backup (ms), for the backup reminder. */
  lastBackupAt: number | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  version: SETTINGS_VERSION,
  disabledSites: [],
  overlay: true,
  overlayDelayMs: 350,
  highlight: true,
  saveButtons: true,
  alertIntervalMinutes: 60,
  alertHfDaily: true,
  alertCategories: [],
  alertAnnounceTypes: ['new', 'cross'],
  notifications: false,
  lastBackupAt: null,
});

export const OVERLAY_DELAY_RANGE = [0, 3_000] as const;
export const ALERT_INTERVAL_RANGE = [15, 7 * 24 * 60] as const;

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const int = (v: unknown, [min, max]: readonly [number, number], fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
function strings(v: unknown, keep: (s: string) => boolean, fallback: string[]): string[] {
  if (!Array.isArray(v)) return fallback;
  return [...new Set(v.filter((s): s is string => typeof s === 'string').map((s) => s.trim()).filter(keep))];
}

/** A hostname as the user may type it ("https://www.example.org/x" → "www.example.org"), or null. */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) && s.length <= 253 ? s : null;
}

const isCategory = (s: string) => /^[a-z-]+(\.[A-Za-z-]+)?$/.test(s) && s.length <= 40;

/** Reads whatever is stored (any version, any garbage) as valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    version: SETTINGS_VERSION,
    disabledSites: strings(r.disabledSites, (s) => normalizeSite(s) === s, d.disabledSites),
    overlay: bool(r.overlay, d.overlay),
    overlayDelayMs: int(r.overlayDelayMs, OVERLAY_DELAY_RANGE, d.overlayDelayMs),
    highlight: bool(r.highlight, d.highlight),
    saveButtons: bool(r.saveButtons, d.saveButtons),
    alertIntervalMinutes: int(r.alertIntervalMinutes, ALERT_INTERVAL_RANGE, d.alertIntervalMinutes),
    alertHfDaily: bool(r.alertHfDaily, d.alertHfDaily),
    alertCategories: strings(r.alertCategories, isCategory, d.alertCategories),
    alertAnnounceTypes: strings(r.alertAnnounceTypes, (s) => (ANNOUNCE_TYPES as readonly string[]).includes(s), [
      ...d.alertAnnounceTypes,
    ]) as AnnounceType[],
    notifications: bool(r.notifications, d.notifications),
    lastBackupAt: typeof r.lastBackupAt === 'number' && Number.isFinite(r.lastBackupAt) ? r.lastBackupAt : null,
  };
}

/** Whether Paper Radar stays off on this hostname (the host itself or a parent listed). */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
