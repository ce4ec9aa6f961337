/**
 * The optional desktop notification: off by default, shown only when the user turned it on in the
 * options (which asked for the optional `notifications` permission) and the permission is still
 * granted. One notification id, so a second batch replaces the first instead of piling up.
 * Paper titles are plain text here: notifications render no markup.
 */

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): unknown;
}
export interface PermissionsApi {
  contains(permissions: { permissions: 'notifications'[] }): Promise<boolean>;
}

export const NOTIFICATION_ID = 'paper-radar/alerts';

/** A red disc (the badge colour), 32×32 PNG: the extension ships no icon of its own yet. */
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAaElEQVR42u3Xyw0AEBBFUZ1I9N+GuihACOb3xJvE+p6dmZRemlpy23khUROMNC5CaMWvENrxI4RVfAthHV8ivOJTxN8A7/iAIIAAAggIB/AvgACELyQQKxnEUgqxlkMcJhCnGcRxaj0d4kjWwO9uArAAAAAASUVORK5CYII=';

export interface NotifyDeps {
  enabled: boolean;
  /** A getter: the API only exists once the optional permission was granted. */
  notifications?: () => NotificationsApi | undefined;
  permissions?: PermissionsApi;
  log: (message: string) => void;
}

export function notificationText(titles: readonly string[]): { title: string; message: string } {
  const n = titles.length;
  const first = titles.find((t) => t.trim() !== '');
  const title = n === 1 ? 'A new paper matches your rules' : `${n} new papers match your rules`;
  const message = first ? (n === 1 ? first : `${first} and ${n - 1} more`) : 'Open Paper Radar to see them.';
  return { title, message: message.length > 300 ? `${message.slice(0, 299)}…` : message };
}

/** Shows the notification if allowed; answers whether it was shown. Never throws. */
export async function notifyNew(deps: NotifyDeps, titles: readonly string[]): Promise<boolean> {
  if (!deps.enabled || titles.length === 0) return false;
  try {
    if (!deps.permissions || !(await deps.permissions.contains({ permissions: ['notifications'] }))) return false;
    const api = deps.notifications?.();
    if (!api) return false;
    await api.create(NOTIFICATION_ID, { type: 'basic', iconUrl: NOTIFICATION_ICON, ...notificationText(titles) });
    return true;
  } catch (e) {
    deps.log(`notification not shown: ${String(e)}`);
    return false;
  }
}
