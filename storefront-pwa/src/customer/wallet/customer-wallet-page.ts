import { consume } from "@lit/context";
import { LitElement, css, html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { getSdk } from "../../core/api/sdk.js";
import { LoadController } from "../../core/ui/load-controller.js";
import { sharedStyles } from "../../core/ui/shared-styles.js";
import { rowCardStyles } from "../row-styles.js";
import "../../core/ui/app-error.js";
import type { SessionState } from "../account/customer-session.js";
import { sessionContext } from "../customer-context.js";
import { FormActionController } from "../form-action-controller.js";
import { failureStyles, formMessage } from "../form-failure.js";
import {
  listWalletCards,
  listWalletTransactions,
  AWAITED_BALANCE_KEY,
  retrieveWallet,
  stopCard,
  TRANSACTIONS_PAGE_SIZE,
  type CardStatus,
  type StoreWallet,
  type TransactionPage,
  type WalletCard,
} from "./wallet-api.js";
import { formatMinor } from "./wallet-money.js";
import "./customer-wallet-funds.js";

const CARD_WORDS: Record<CardStatus, string> = {
  in_stock: "not yours yet",
  assigned: "ready to pay",
  active: "paying",
  blocked: "blocked",
  lost: "reported lost",
  replaced: "replaced",
};
const TOP_UP_POLL_MS = 1_500;
const TOP_UP_WAIT_MS = 30_000;
const TOP_UP_WORDS = {
  waiting: "Thank you! Your top-up shows here once the payment is booked…",
  credited: "Your top-up is in.",
  late: "Your top-up is still being booked. Reload this page in a minute.",
} as const;
const CAN_STOP: readonly CardStatus[] = ["assigned", "active"];
const KIND_WORDS: Record<string, string> = { top_up: "Top-up", charge: "Payment", charge_refund: "Refund", adjustment: "Adjustment" };

/**
 * "Wallet" (`/wallet`): the cashless balance behind the customer's wristbands and cards, topping it up, auto-reload,
 * the wristbands themselves (block one, or report it lost: it stops paying at once), and the statement. After a
 * top-up's checkout (`?order=`) it re-reads for up to 30 s until the credit is booked.
 */
@customElement("customer-wallet-page")
export class CustomerWalletPage extends LitElement {
  static override styles = [
    sharedStyles,
    rowCardStyles,
    failureStyles,
    css`
      :host {
        display: block;
      }
      section {
        margin-top: 2rem;
      }
      .balance {
        font-size: 2.2rem;
        font-weight: 800;
        margin: 0;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 0.5rem;
        border-bottom: 1px solid var(--tessera-border);
      }
      td.amount,
      th.amount {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      nav {
        display: flex;
        gap: 1rem;
        align-items: center;
        margin-top: 0.75rem;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session?: SessionState;

  /** `?order=` after paying a top-up: the page re-reads until the credit shows. */
  @property({ attribute: false }) search = "";
  @state() private page = 1;
  /** After a top-up: "waiting" for the credit (the backend books it just after the order), then "credited" or "late". */
  @state() private topUp?: "waiting" | "credited" | "late";
  private topUpTimer?: ReturnType<typeof setInterval>;

  private readonly action = new FormActionController<"stop">(this);
  private signedIn = () => this.session?.status === "signed-in";

  private readonly wallet = new LoadController<StoreWallet | undefined>(this, async (signal) => {
    this.lastWallet = this.signedIn() ? await retrieveWallet(getSdk(), signal) : undefined;
    if (this.lastWallet) this.noticeCredit(this.lastWallet.balance);
    return this.lastWallet;
  });
  /** Shown while the wallet is read again after a change, so the forms (and their messages) stay. */
  private lastWallet?: StoreWallet;
  private readonly cards = new LoadController<WalletCard[]>(this, (signal) =>
    this.signedIn() ? listWalletCards(getSdk(), signal) : Promise.resolve([]),
  );
  private readonly statement = new LoadController<TransactionPage>(this, async (signal) => {
    this.lastStatement = this.signedIn() ? await listWalletTransactions(getSdk(), this.page, signal) : { transactions: [], count: 0 };
    return this.lastStatement;
  });
  private lastStatement?: TransactionPage;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!new URLSearchParams(this.search).has("order")) return;
    this.topUp = "waiting";
    const deadline = Date.now() + TOP_UP_WAIT_MS;
    this.topUpTimer = setInterval(() => {
      if (Date.now() > deadline) return this.settleTopUp("late");
      this.wallet.run();
      this.statement.run();
    }, TOP_UP_POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  /** Credited once the balance reaches what it was plus the top-up (noted when the top-up went into the cart). */
  private noticeCredit(balance: number): void {
    const awaited = Number(sessionStorage.getItem(AWAITED_BALANCE_KEY) ?? Number.NaN);
    if (this.topUp === "waiting" && balance >= awaited) this.settleTopUp("credited");
  }

  private stopWatching(): void {
    clearInterval(this.topUpTimer);
    this.topUpTimer = undefined;
  }

  private settleTopUp(outcome: "credited" | "late"): void {
    this.topUp = outcome;
    this.stopWatching();
    sessionStorage.removeItem(AWAITED_BALANCE_KEY);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const signedIn = (session: unknown) => (session as SessionState | undefined)?.status === "signed-in";
    if (changed.has("session") && signedIn(this.session) && !signedIn(changed.get("session"))) {
      this.wallet.run();
      this.cards.run();
      this.statement.run();
    } else if (changed.has("page") && changed.get("page") !== undefined) {
      this.statement.run();
    }
  }

  override render() {
    const session = this.session;
    if (!session || session.status === "unknown") return html`<h1>Wallet</h1><p class="muted" role="status">Loading…</p>`;
    if (session.status === "guest") {
      return html`<h1>Wallet</h1><p><a href="/account/sign-in?next=/wallet">Sign in</a> to see your wallet.</p>`;
    }
    return html`<h1>Wallet</h1>
      ${this.topUp
        ? html`<p role="status">${TOP_UP_WORDS[this.topUp]}</p>`
        : null}
      ${this.wallet.render({
        pending: () =>
          this.lastWallet ? this.renderWallet(this.lastWallet) : html`<p class="muted" role="status">Loading your balance…</p>`,
        complete: (wallet) => (wallet ? this.renderWallet(wallet) : null),
        error: (error) => html`<app-error heading="Couldn't load your wallet." .error=${error} @retry=${() => this.wallet.run()}></app-error>`,
      })}
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Wristbands and cards</h2>
        ${formMessage(this.action.failureOf("stop"))}
        ${this.cards.render({
          pending: () => html`<p class="muted" role="status">Loading…</p>`,
          complete: (cards) => this.renderCards(cards),
          error: (error) => html`<app-error heading="Couldn't load your wristbands." .error=${error} @retry=${() => this.cards.run()}></app-error>`,
        })}
      </section>
      <section aria-labelledby="statement-heading">
        <h2 id="statement-heading">Transactions</h2>
        ${this.statement.render({
          pending: () => (this.lastStatement ? this.renderStatement(this.lastStatement) : html`<p class="muted" role="status">Loading…</p>`),
          complete: (page) => this.renderStatement(page),
          error: (error) => html`<app-error heading="Couldn't load your transactions." .error=${error} @retry=${() => this.statement.run()}></app-error>`,
        })}
      </section>`;
  }

  private renderWallet(wallet: StoreWallet) {
    const balance = formatMinor(wallet.balance, wallet.currency_code);
    return html`<p class="muted">Balance</p>
      <p class="balance" aria-label=${`Balance ${balance}`}>${balance}</p>
      <section><customer-wallet-funds .wallet=${wallet} @wallet-changed=${() => this.wallet.run()}></customer-wallet-funds></section>`;
  }

  private renderCards(cards: WalletCard[]) {
    if (cards.length === 0) return html`<p>No wristband yet: you get one at the event's entrance or info point.</p>`;
    return html`<ul class="plain" aria-label="Wristbands and cards">
      ${cards.map((card) => {
        const name = `${card.kind === "card" ? "Card" : "Wristband"} ${card.serial_number.slice(-6).toUpperCase()}`;
        return html`<li class="row-card">
          <div class="what">
            <p><strong>${name}</strong></p>
            <p class="muted">${CARD_WORDS[card.status] ?? card.status}</p>
          </div>
          ${CAN_STOP.includes(card.status)
            ? html`<button type="button" class="secondary" aria-label=${`Block ${name}`} @click=${() => this.onStop(card, "block", name)}>Block</button>
                <button type="button" class="secondary" aria-label=${`Report ${name} lost`} @click=${() => this.onStop(card, "lost", name)}>Report lost</button>`
            : null}
        </li>`;
      })}
    </ul>`;
  }

  private renderStatement({ transactions, count }: TransactionPage) {
    if (transactions.length === 0) return html`<p>No transactions yet.</p>`;
    const pages = Math.max(1, Math.ceil(count / TRANSACTIONS_PAGE_SIZE));
    return html`<table>
        <caption class="muted">Newest first</caption>
        <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col" class="amount">Amount</th><th scope="col" class="amount">Balance</th></tr></thead>
        <tbody>
          ${transactions.map(
            (row) => html`<tr>
              <td>${new Date(row.created_at).toLocaleString()}</td>
              <td>${row.description || KIND_WORDS[row.kind] || row.kind}${row.offline ? html` <span class="muted">(offline)</span>` : null}</td>
              <td class="amount">${row.amount > 0 ? "+" : ""}${formatMinor(row.amount, row.currency_code)}</td>
              <td class="amount">${formatMinor(row.balance_after, row.currency_code)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${pages > 1
        ? html`<nav aria-label="Transaction pages">
            <button type="button" class="secondary" ?disabled=${this.page <= 1} @click=${() => this.page--}>← Newer</button>
            <span>Page ${this.page} of ${pages}</span>
            <button type="button" class="secondary" ?disabled=${this.page >= pages} @click=${() => this.page++}>Older →</button>
          </nav>`
        : null}`;
  }

  private async onStop(card: WalletCard, how: "block" | "lost", name: string): Promise<void> {
    const question = how === "lost" ? `Report ${name} lost? It stops paying at once and cannot be used again.` : `Block ${name}? It stops paying at once.`;
    if (!confirm(question)) return;
    if (await this.action.run("stop", [], (signal) => stopCard(getSdk(), card.id, how, signal).then(() => undefined))) this.cards.run();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "customer-wallet-page": CustomerWalletPage;
  }
}
