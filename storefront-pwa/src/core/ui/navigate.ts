/**
 * Client-side navigation from code (after a form or a purchase): pushes the URL and lets the shell's
 * RouterController, which follows `popstate`, render it. Links need nothing: the router handles their clicks.
 */
export function navigate(path: string, { replace = false } = {}): void {
  const url = new URL(path, window.location.href);
  if (url.href !== window.location.href) {
    if (replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  }
  window.dispatchEvent(new PopStateEvent("popstate"));
}
