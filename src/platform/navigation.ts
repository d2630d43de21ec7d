/**
 * SPA navigation: LinkedIn, Facebook, X and Telegram change the URL without loading a page. Every
 * signal we have (WXT's `wxt:locationchange`, popstate, hashchange, and a check from each batch of
 * DOM changes, since a soft navigation always mutates the page) leads to one `check()`, which reads
 * `location.href` itself: WXT's event may come from the Navigation API's `navigate`, which fires
 * before the new URL is committed (research notes §2.9), so its URL is not trusted on its own.
 */

/** The part of WXT's ContentScriptContext this module uses (tests pass a stand-in). */
export interface NavigationContext {
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  requestAnimationFrame(callback: FrameRequestCallback): number;
}

export interface UrlWatcher {
  /** Compares the current URL with the last one seen and reports a change. */
  check(): void;
  readonly current: URL;
}

export function watchUrl(
  ctx: NavigationContext,
  onChange: (url: URL, previous: URL) => void,
  win: Window = window,
): UrlWatcher {
  let current = new URL(win.location.href);
  const check = () => {
    const href = win.location.href;
    if (href === current.href) return;
    const previous = current;
    current = new URL(href);
    onChange(current, previous);
  };
  // After a frame the URL has been committed and the router has started rendering.
  const soon = () => {
    ctx.requestAnimationFrame(() => check());
  };
  ctx.addEventListener(win, 'wxt:locationchange', soon);
  ctx.addEventListener(win, 'popstate', soon);
  ctx.addEventListener(win, 'hashchange', soon);
  return {
    check,
    get current() {
      return current;
    },
  };
}
