import type { ReactiveController, ReactiveControllerHost } from "lit";
import { isOnline, onConnectivityChange } from "./connectivity.js";

/** Re-renders its host when the app goes offline or back online (see connectivity.ts). */
export class ConnectivityController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (online: boolean) => void = () => {},
  ) {
    host.addController(this);
  }

  get online(): boolean {
    return isOnline();
  }

  hostConnected(): void {
    this.unsubscribe = onConnectivityChange((online) => {
      this.host.requestUpdate();
      this.onChange(online);
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
