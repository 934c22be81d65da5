import type { EVENT_STATUSES } from "../../../modules/events/models/event"
import type { DateInput, TicketTypeInput } from "../../types"
import { HANDLE_PATTERN, slugify } from "../slug"
import type { FieldIssue } from "./field-error"

export type EventStatus = (typeof EVENT_STATUSES)[number]

/** Where an event may go from each status; `ended` and `cancelled` are final. */
export const EVENT_STATUS_TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  draft: ["published", "cancelled"],
  published: ["ended", "cancelled"],
  ended: [],
  cancelled: [],
}

const time = (value: DateInput | null | undefined): number | null => (value == null ? null : new Date(value).getTime())
const valid = (t: number | null): t is number => t !== null && !Number.isNaN(t)

/** Dates that can be read, an end after the start, and doors that open no later than the start. */
export function scheduleIssues(schedule: {
  starts_at: DateInput
  ends_at: DateInput
  doors_open_at?: DateInput | null
}): FieldIssue[] {
  const issues: FieldIssue[] = []
  const starts = time(schedule.starts_at)
  const ends = time(schedule.ends_at)
  const doors = time(schedule.doors_open_at)
  if (!valid(starts)) issues.push({ field: "starts_at", message: "starts_at is not a valid date" })
  if (!valid(ends)) issues.push({ field: "ends_at", message: "ends_at is not a valid date" })
  if (doors !== null && !valid(doors)) issues.push({ field: "doors_open_at", message: "doors_open_at is not a valid date" })
  if (valid(starts) && valid(ends) && ends <= starts) {
    issues.push({ field: "ends_at", message: "ends_at must be after starts_at" })
  }
  if (valid(starts) && valid(doors) && doors > starts) {
    issues.push({ field: "doors_open_at", message: "doors_open_at cannot be after starts_at" })
  }
  return issues
}

/** An IANA time zone name, as `Intl` knows them ("Europe/Berlin", "UTC"). */
export function timezoneIssues(timezone: string): FieldIssue[] {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone })
    return timezone ? [] : [{ field: "timezone", message: "timezone is required" }]
  } catch {
    return [{ field: "timezone", message: `timezone "${timezone}" is not an IANA time zone name` }]
  }
}

/** A handle usable in a URL; `fromTitle` words the message for a handle derived from the title. */
export function handleIssues(handle: string, fromTitle: boolean): FieldIssue[] {
  if (HANDLE_PATTERN.test(handle)) return []
  return [
    fromTitle
      ? { field: "handle", message: "the title gives no usable handle: set handle (lower-case letters, digits and dashes)" }
      : { field: "handle", message: "handle must be lower-case letters, digits and single dashes" },
  ]
}

export type TicketTypeRules = {
  /** Path of the list in the input (`ticket_types`), named when the list is empty. */
  field: string
  /** Path of one ticket type in the input; `${field}.${index}` unless given ("" for a lone ticket type body). */
  itemField?: (index: number) => string
  /** Ticket types must stop selling by the time the event ends. */
  eventEndsAt: DateInput
  /** Names the event already uses; compared by handle, so "VIP" and "vip!" collide. */
  takenNames?: string[]
  /** The store's currencies; when known, a price in any other can never be paid. */
  currencies?: string[]
}

/** One to many ticket types with distinct names, whole non-negative capacities and sane sales windows. */
export function ticketTypeIssues(ticketTypes: TicketTypeInput[], rules: TicketTypeRules): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (!ticketTypes.length) return [{ field: rules.field, message: "at least one ticket type is required" }]

  const seen = new Set((rules.takenNames ?? []).map(slugify))
  const eventEnds = time(rules.eventEndsAt)
  ticketTypes.forEach((ticketType, index) => {
    const prefix = rules.itemField ? rules.itemField(index) : `${rules.field}.${index}`
    const at = (name: string) => (prefix ? `${prefix}.${name}` : name)
    const key = slugify(ticketType.name ?? "")
    if (!key) {
      issues.push({ field: at("name"), message: "name needs at least one letter or digit" })
    } else if (seen.has(key)) {
      issues.push({ field: at("name"), message: `name "${ticketType.name}" is already used by another ticket type of this event` })
    }
    seen.add(key)

    if (!ticketType.tier?.trim()) issues.push({ field: at("tier"), message: "tier is required" })
    if (!Number.isInteger(ticketType.capacity) || ticketType.capacity < 0) {
      issues.push({ field: at("capacity"), message: "capacity must be a whole number, 0 or more" })
    }
    if (!Number.isFinite(ticketType.price) || ticketType.price < 0) {
      issues.push({ field: at("price"), message: "price must be a number, 0 or more (in major units: 45 is 45.00)" })
    }
    const currency = ticketType.currency_code?.toLowerCase() ?? ""
    if (!/^[a-z]{3}$/.test(currency)) {
      issues.push({ field: at("currency_code"), message: "currency_code must be an ISO 4217 code such as eur" })
    } else if (rules.currencies?.length && !rules.currencies.includes(currency)) {
      issues.push({ field: at("currency_code"), message: `currency_code "${currency}" is not a currency of the store` })
    }

    const salesStart = time(ticketType.sales_starts_at)
    const salesEnd = time(ticketType.sales_ends_at)
    if (salesStart !== null && !valid(salesStart)) {
      issues.push({ field: at("sales_starts_at"), message: "sales_starts_at is not a valid date" })
    }
    if (salesEnd !== null && !valid(salesEnd)) {
      issues.push({ field: at("sales_ends_at"), message: "sales_ends_at is not a valid date" })
    }
    if (valid(salesStart) && valid(salesEnd) && salesEnd <= salesStart) {
      issues.push({ field: at("sales_ends_at"), message: "sales_ends_at must be after sales_starts_at" })
    }
    if (valid(eventEnds) && valid(salesEnd) && salesEnd > eventEnds) {
      issues.push({ field: at("sales_ends_at"), message: "sales_ends_at cannot be after the event ends" })
    }
    if (valid(eventEnds) && valid(salesStart) && salesStart >= eventEnds) {
      issues.push({ field: at("sales_starts_at"), message: "sales_starts_at must be before the event ends" })
    }

    const maxDependents = ticketType.max_dependents ?? 0
    if (!Number.isInteger(maxDependents) || maxDependents < 0) {
      issues.push({ field: at("max_dependents"), message: "max_dependents must be a whole number, 0 or more" })
    } else if (maxDependents > 0 && !ticketType.allows_dependents) {
      issues.push({ field: at("max_dependents"), message: "max_dependents needs allows_dependents" })
    }
  })
  return issues
}

/** draft → published → ended, and draft | published → cancelled; keeping the current status is no change. */
export function statusTransitionIssues(from: EventStatus, to: EventStatus | undefined): FieldIssue[] {
  if (to === undefined || to === from || EVENT_STATUS_TRANSITIONS[from].includes(to)) return []
  const allowed = EVENT_STATUS_TRANSITIONS[from]
  return [
    {
      field: "status",
      message: allowed.length
        ? `an event cannot go from ${from} to ${to} (allowed: ${allowed.join(", ")})`
        : `an event that is ${from} cannot change status`,
    },
  ]
}
