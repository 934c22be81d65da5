import type { ReactiveController, ReactiveControllerHost } from "lit";
import { ConnectivityController } from "../core/offline/connectivity-controller.js";
import { formFailure, type FormFailure } from "./form-failure.js";

/**
 * One change at a time from an element with several small forms (`Part`s): which part is busy, and the failure of
 * the last change, kept for the part it came from so its form shows it next to the field it names.
 */
export class FormActionController<Part extends string> implements ReactiveController {
  busy?: Part;
  private failed?: { part: Part; failure: FormFailure };
  private readonly network: ConnectivityController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.network = new ConnectivityController(host);
  }

  hostConnected(): void {}

  failureOf(part: Part): FormFailure | undefined {
    return this.failed?.part === part ? this.failed.failure : undefined;
  }

  /** A refusal found before asking the backend. */
  fail(part: Part, failure: FormFailure): void {
    this.failed = { part, failure };
    this.host.requestUpdate();
  }

  /** Runs `work` for `part`; true when it went through. `fields` are the ones the part's form can point at. */
  async run(part: Part, fields: readonly string[], work: (signal: AbortSignal) => Promise<void>): Promise<boolean> {
    this.busy = part;
    this.failed = undefined;
    this.host.requestUpdate();
    try {
      await work(new AbortController().signal);
      return true;
    } catch (error) {
      this.failed = { part, failure: formFailure(error, this.network.online, fields) };
      return false;
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }
}
