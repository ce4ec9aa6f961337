/**
 * Calls `onChange` when the page's URL changes without a load (a single-page app navigating): through
 * the Navigation API where there is one, else by looking at the URL once a second (Firefox ESR).
 * Returns the stop function.
 */
type OnNavigate = (e: { destination: { url: string } }) => void;
interface NavigationLike {
  addEventListener(type: 'navigate', fn: OnNavigate): void;
  removeEventListener(type: 'navigate', fn: OnNavigate): void;
}

export function watchLocation(win: Window, onChange: () => void): () => void {
  let last = win.location.href;
  const check = (now: string) => {
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (win as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Fired before the URL changes: the destination is the new one. (onChange only schedules work.)
    const onNavigate: OnNavigate = (e) => check(e.destination.url);
    navigation.addEventListener('navigate', onNavigate);
    return () => navigation.removeEventListener('navigate', onNavigate);
  }
  const timer = win.setInterval(() => check(win.location.href), 1_000);
  return () => win.clearInterval(timer);
}
