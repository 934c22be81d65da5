import { ActorClient } from "../core/api/actor-client.js";
import type { ChargeItem, ServerCharge, SnapshotCard, StandKey } from "../core/offline/stand-db.js";

export interface Stand {
  id: string;
  name: string;
  event_id: string | null;
  currency_code: string;
}

export interface MerchantMe {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  status: string;
  stands: Stand[];
}

/** `POST /merchant/charges` body: amounts in minor units; items, when given, add up to the amount. */
export interface NewCharge {
  idempotency_key: string;
  credential: string;
  amount: number;
  currency_code: string;
  stand_id?: string;
  description?: string;
  items?: ChargeItem[];
}

/** A charge in the merchant's list, with its refund once there is one. */
export interface ListedCharge extends ServerCharge {
  refund: { id: string; created_at: string } | null;
}

export interface SnapshotAnswer {
  cursor: string;
  chargeable_statuses: string[];
  keys: StandKey[];
  cards: Omit<SnapshotCard, "merchant_id">[];
}

/** What a stand may see of a customer: enough to greet them and check the number. */
export interface CustomerGlimpse {
  id: string;
  first_name: string | null;
  last_initial: string | null;
  /** Masked, e.g. +49•••••••678. */
  mobile: string | null;
  cards: number;
}

export interface AssignedCard {
  id: string;
  serial_number: string;
  status: string;
  customer_id: string;
  credential: { credential: string; qr: string };
}

export const CHARGES_PAGE_SIZE = 20;

/** The wallet's merchant API (plugins/nfc-wallet `/merchant/*`) and the merchant's logins, over the actor client. */
export class MerchantApi extends ActorClient {
  /** Medusa's emailpass login for the `merchant` actor; returns the JWT. */
  async login(email: string, password: string, signal?: AbortSignal): Promise<string> {
    return (await this.call<{ token: string }>("/auth/merchant/emailpass", { method: "POST", body: { email, password }, signal })).token;
  }

  /** Asks for a login code by SMS; the answer is the same whether or not the number has a login. */
  async sendLoginCode(mobile: string, signal?: AbortSignal): Promise<void> {
    await this.call("/auth/merchant/otp", { method: "POST", body: { mobile }, signal });
  }

  async loginWithCode(mobile: string, code: string, signal?: AbortSignal): Promise<string> {
    return (await this.call<{ token: string }>("/auth/merchant/otp", { method: "POST", body: { mobile, code }, signal })).token;
  }

  async me(signal?: AbortSignal): Promise<MerchantMe> {
    return (await this.call<{ merchant: MerchantMe }>("/merchant/me", { signal })).merchant;
  }

  async charge(charge: NewCharge, signal?: AbortSignal): Promise<ServerCharge> {
    return (await this.call<{ charge: ServerCharge }>("/merchant/charges", { method: "POST", body: charge, signal })).charge;
  }

  charges(offset: number, standId: string | undefined, signal?: AbortSignal): Promise<{ charges: ListedCharge[]; count: number; offset: number; limit: number }> {
    const params = new URLSearchParams({ limit: String(CHARGES_PAGE_SIZE), offset: String(offset) });
    if (standId) params.set("stand_id", standId);
    return this.call(`/merchant/charges?${params}`, { signal });
  }

  async refund(chargeId: string, signal?: AbortSignal): Promise<ServerCharge> {
    return (await this.call<{ refund: ServerCharge }>(`/merchant/charges/${encodeURIComponent(chargeId)}/refund`, { method: "POST", body: {}, signal })).refund;
  }

  chargeBatchUrl(): string {
    return `${this.backendUrl}/merchant/charges/batch`;
  }

  async snapshot(since: string | undefined, signal?: AbortSignal): Promise<SnapshotAnswer> {
    const query = since ? `?since=${encodeURIComponent(since)}` : "";
    return (await this.call<{ snapshot: SnapshotAnswer }>(`/merchant/snapshot${query}`, { signal })).snapshot;
  }

  async lookupCustomer(mobile: string, signal?: AbortSignal): Promise<CustomerGlimpse> {
    return (await this.call<{ customer: CustomerGlimpse }>("/merchant/customers/lookup", { method: "POST", body: { mobile }, signal })).customer;
  }

  /** Sends the customer the code that confirms an assignment; answers the masked number and when it expires. */
  async sendAssignmentCode(mobile: string, signal?: AbortSignal): Promise<{ mobile: string; expires_at: string }> {
    return (await this.call<{ otp: { mobile: string; expires_at: string } }>("/merchant/customers/otp", { method: "POST", body: { mobile }, signal })).otp;
  }

  async assignCard(
    card: { serial_number: string } | { credential: string },
    mobile: string,
    code: string,
    signal?: AbortSignal,
  ): Promise<AssignedCard> {
    return (await this.call<{ card: AssignedCard }>("/merchant/cards/assign", { method: "POST", body: { ...card, mobile, code }, signal })).card;
  }
}
