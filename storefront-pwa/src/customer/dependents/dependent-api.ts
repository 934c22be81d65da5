import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";
import { send } from "../customer-api.js";

/** The relations the backend accepts (plugins/events DEPENDENT_RELATIONS), with the words the form shows. */
export const RELATIONS = { child: "Child", partner: "Partner", parent: "Parent", sibling: "Sibling", other: "Other" } as const;
export type Relation = keyof typeof RELATIONS;

/** A person who comes with the customer (a child, say), attachable to tickets whose type admits dependents. */
export interface Dependent {
  id: string;
  name: string;
  /** ISO date (time at midnight UTC). */
  birth_date: string;
  relation: Relation;
}

export interface DependentInput {
  name: string;
  /** yyyy-mm-dd */
  birth_date: string;
  relation: Relation;
}

const DEPENDENTS_PAGE_SIZE = 50;

export async function listDependents(sdk: StorefrontSdk, signal: AbortSignal): Promise<Dependent[]> {
  const { dependents } = await request(
    sdk.client.fetch<{ dependents: Dependent[] }>("/store/customers/me/dependents", { signal, query: { limit: DEPENDENTS_PAGE_SIZE } }),
    signal,
  );
  return dependents;
}

export async function addDependent(sdk: StorefrontSdk, input: DependentInput, signal: AbortSignal): Promise<Dependent> {
  const { dependent } = await send<{ dependent: Dependent }>(sdk, "/store/customers/me/dependents", { body: input }, signal);
  return dependent;
}

export async function updateDependent(sdk: StorefrontSdk, id: string, input: DependentInput, signal: AbortSignal): Promise<Dependent> {
  const path = `/store/customers/me/dependents/${encodeURIComponent(id)}`;
  const { dependent } = await send<{ dependent: Dependent }>(sdk, path, { body: input }, signal);
  return dependent;
}

export async function removeDependent(sdk: StorefrontSdk, id: string, signal: AbortSignal): Promise<void> {
  await send(sdk, `/store/customers/me/dependents/${encodeURIComponent(id)}`, { method: "DELETE" }, signal);
}

const ticketDependentsPath = (ticketId: string) => `/store/customers/me/tickets/${encodeURIComponent(ticketId)}/dependents`;

/** Returns the ticket's dependents after the change. */
export async function attachDependent(sdk: StorefrontSdk, ticketId: string, dependentId: string, signal: AbortSignal): Promise<Dependent[]> {
  const { dependents } = await send<{ dependents: Dependent[] }>(sdk, ticketDependentsPath(ticketId), { body: { dependent_id: dependentId } }, signal);
  return dependents;
}

export async function detachDependent(sdk: StorefrontSdk, ticketId: string, dependentId: string, signal: AbortSignal): Promise<Dependent[]> {
  const path = `${ticketDependentsPath(ticketId)}/${encodeURIComponent(dependentId)}`;
  const { dependents } = await send<{ dependents: Dependent[] }>(sdk, path, { method: "DELETE" }, signal);
  return dependents;
}

/** "12 May 2019": a birth date is a calendar day, so it is read and shown in UTC (no shift by time zone). */
export function formatBirthDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}
