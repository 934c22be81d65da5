import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { send } from "../customer-api.js";

/**
 * The wallet routes of plugins/nfc-wallet. Unlike Medusa's prices, every amount here is an integer in minor units
 * (450 = 4.50).
 */
export const WALLET_CURRENCY = "eur";

export interface StoreWallet {
  id: string | null;
  currency_code: string;
  balance: number;
  limits: { min_top_up: number; max_top_up: number; max_balance: number };
  auto_reload: { threshold: number | null; amount: number | null };
}

export interface WalletTransaction {
  id: string;
  kind: string;
  /** Signed: money in is positive. */
  amount: number;
  balance_after: number;
  currency_code: string;
  description: string | null;
  offline: boolean;
  created_at: string;
}

export type CardStatus = "in_stock" | "assigned" | "active" | "blocked" | "lost" | "replaced";

export interface WalletCard {
  id: string;
  serial_number: string;
  kind: "card" | "wristband";
  status: CardStatus;
  created_at: string;
}

export interface TransactionPage {
  transactions: WalletTransaction[];
  count: number;
}

export const TRANSACTIONS_PAGE_SIZE = 20;

/** sessionStorage: the balance the wallet will show once the top-up in the cart is paid and credited. */
export const AWAITED_BALANCE_KEY = "tessera.wallet.awaited_balance";

export async function retrieveWallet(sdk: StorefrontSdk, signal: AbortSignal): Promise<StoreWallet> {
  const { wallet } = await request(
    sdk.client.fetch<{ wallet: StoreWallet }>("/store/customers/me/wallet", { signal, query: { currency_code: WALLET_CURRENCY } }),
    signal,
  );
  return wallet;
}

export function listWalletTransactions(sdk: StorefrontSdk, page: number, signal: AbortSignal): Promise<TransactionPage> {
  return request(
    sdk.client.fetch<TransactionPage>("/store/customers/me/wallet/transactions", {
      signal,
      query: { currency_code: WALLET_CURRENCY, limit: TRANSACTIONS_PAGE_SIZE, offset: (page - 1) * TRANSACTIONS_PAGE_SIZE },
    }),
    signal,
  );
}

export async function listWalletCards(sdk: StorefrontSdk, signal: AbortSignal): Promise<WalletCard[]> {
  const { cards } = await request(sdk.client.fetch<{ cards: WalletCard[] }>("/store/customers/me/cards", { signal }), signal);
  return cards;
}

/** `block` (stop it for now) or `lost`; either way its credential stops working at once. */
export async function stopCard(sdk: StorefrontSdk, cardId: string, how: "block" | "lost", signal: AbortSignal): Promise<WalletCard> {
  const { card } = await send<{ card: WalletCard }>(sdk, `/store/customers/me/cards/${encodeURIComponent(cardId)}/${how}`, {}, signal);
  return card;
}

/** Puts a top-up of `amount` (minor units) into the cart; the wallet is credited when the order is placed. */
export async function addTopUp(sdk: StorefrontSdk, cartId: string, amount: number, signal: AbortSignal): Promise<void> {
  await send(sdk, "/store/customers/me/wallet/top-ups", { body: { cart_id: cartId, amount } }, signal);
}

/** Both set, or both null (off). */
export async function saveAutoReload(
  sdk: StorefrontSdk,
  settings: { auto_reload_threshold: number | null; auto_reload_amount: number | null },
  signal: AbortSignal,
): Promise<StoreWallet> {
  const { wallet } = await send<{ wallet: StoreWallet }>(
    sdk,
    "/store/customers/me/wallet",
    { body: { currency_code: WALLET_CURRENCY, ...settings } },
    signal,
  );
  return wallet;
}
