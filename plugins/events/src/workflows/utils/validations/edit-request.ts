import type { DateInput } from "../../types"
import { scheduleIssues, timezoneIssues } from "./event"
import type { FieldIssue } from "./field-error"

/** What an organizer may ask to change: the event's public details, schedule and venue (not status, handle or sales). */
export type EventChangeSet = {
  title?: string
  description?: string | null
  category?: string
  images?: string[] | null
  starts_at?: string
  ends_at?: string
  doors_open_at?: string | null
  timezone?: string
  venue_id?: string
}

export const EDITABLE_EVENT_FIELDS = [
  "title",
  "description",
  "category",
  "images",
  "starts_at",
  "ends_at",
  "doors_open_at",
  "timezone",
  "venue_id",
] as const

type Editable = (typeof EDITABLE_EVENT_FIELDS)[number]
type StoredSchedule = { starts_at: DateInput; ends_at: DateInput; doors_open_at?: DateInput | null }

const isEditable = (key: string): key is Editable => (EDITABLE_EVENT_FIELDS as readonly string[]).includes(key)
const isText = (value: unknown): value is string => typeof value === "string" && value.trim().length > 0
const isDate = (value: unknown): value is string | Date =>
  (typeof value === "string" || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
const isUrl = (value: unknown) => typeof value === "string" && URL.canParse(value)

/** One field's shape: null only where the event allows it, dates readable, images a list of URLs. */
function shapeIssue(key: Editable, value: unknown): string | null {
  switch (key) {
    case "title":
    case "category":
    case "timezone":
    case "venue_id":
      return isText(value) ? null : `${key} must be a non-empty string`
    case "description":
      return value === null || typeof value === "string" ? null : "description must be a string or null"
    case "images":
      return value === null || (Array.isArray(value) && value.every(isUrl)) ? null : "images must be a list of URLs or null"
    case "starts_at":
    case "ends_at":
      return isDate(value) ? null : `${key} must be a date`
    case "doors_open_at":
      return value === null || isDate(value) ? null : "doors_open_at must be a date or null"
  }
}

/**
 * Judges an edit request's changes against the event as stored: at least one change, only fields
 * an organizer may change, each of the right shape, and a schedule that still holds once merged.
 * Every issue is named `changes.<field>`. Returns the changes normalised (dates as ISO strings).
 */
export function editRequestChanges(changes: Record<string, unknown>, event: StoredSchedule): { issues: FieldIssue[]; changes: EventChangeSet } {
  const keys = Object.keys(changes ?? {})
  if (!keys.length) return { issues: [{ field: "changes", message: "changes must name at least one field" }], changes: {} }

  const issues: FieldIssue[] = []
  const normalised: Record<string, unknown> = {}
  for (const key of keys) {
    const field = `changes.${key}`
    if (!isEditable(key)) {
      issues.push({ field, message: `${key} cannot be changed by an edit request (allowed: ${EDITABLE_EVENT_FIELDS.join(", ")})` })
      continue
    }
    const problem = shapeIssue(key, changes[key])
    if (problem) {
      issues.push({ field, message: problem })
      continue
    }
    const value = changes[key]
    normalised[key] = isDate(value) && key.endsWith("_at") ? new Date(value).toISOString() : value
  }
  if (issues.length) return { issues, changes: {} }

  const result = normalised as EventChangeSet
  const schedule = {
    starts_at: result.starts_at ?? event.starts_at,
    ends_at: result.ends_at ?? event.ends_at,
    doors_open_at: result.doors_open_at === undefined ? event.doors_open_at : result.doors_open_at,
  }
  const merged = [...scheduleIssues(schedule), ...(result.timezone !== undefined ? timezoneIssues(result.timezone) : [])]
  return { issues: merged.map((issue) => ({ ...issue, field: `changes.${issue.field}` })), changes: result }
}
