import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * A small History API router: tracks `location.pathname` and `location.search`, turns clicks on same-origin links (also inside shadow
 * roots) into `history.pushState`, follows back/forward, and re-renders its host on every change.
 */
export class RouterController implements ReactiveController {
  pathname = window.location.pathname;
  search = window.location.search;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onNavigated: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("popstate", this.onPopState);
    window.addEventListener("click", this.onClick);
  }

  hostDisconnected(): void {
    window.removeEventListener("popstate", this.onPopState);
    window.removeEventListener("click", this.onClick);
  }

  navigate(path: string): void {
    const url = new URL(path, window.location.href);
    if (url.origin !== window.location.origin) {
      window.location.assign(url);
      return;
    }
    if (url.href !== window.location.href) window.history.pushState(null, "", url);
    this.update();
  }

  private update(): void {
    this.pathname = window.location.pathname;
    this.search = window.location.search;
    this.host.requestUpdate();
    this.onNavigated();
  }

  private readonly onPopState = (): void => this.update();

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self")) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    this.navigate(url.href);
  };
}
