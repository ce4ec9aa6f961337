/**
 * The toolbar badge: the number of unseen alerts, "" when there are none (DESIGN §6), on a colour that
 * reads as "news" on light and dark toolbars. Chrome keeps badge text across worker restarts but not
 * across browser restarts, so it is set again at every worker start and on `runtime.onStartup`.
 */

export interface BadgeApi {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
  /** Chrome 110+, Firefox; older browsers pick a readable text colour themselves. */
  setBadgeTextColor?(details: { color: string }): unknown;
}

export const BADGE_BACKGROUND = '#C5221F';
export const BADGE_TEXT_COLOR = '#FFFFFF';

/** Badges have room for about four characters. */
export function badgeText(unseen: number): string {
  if (!(unseen > 0)) return '';
  return unseen > 999 ? '999+' : String(Math.floor(unseen));
}

export async function showBadge(action: BadgeApi | undefined, unseen: number, log: (message: string) => void): Promise<void> {
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
    await action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR });
    await action.setBadgeText({ text: badgeText(unseen) });
  } catch (e) {
    log(`badge not updated: ${String(e)}`);
  }
}
