/**
 * `event.images`, `ticket_type.admits` and `venue.zones` hold JSON lists, while DML types every
 * `model.json()` column as an object. These helpers keep that mismatch in one place; they go
 * away if the columns become `model.array()` (or the model types them as lists).
 */
export function toJsonList<T>(values: T[] | null | undefined): Record<string, unknown> | null {
  // A jsonb column stores an array as well as an object; only the DML type says otherwise.
  return values ? (values as unknown as Record<string, unknown>) : null
}

/** The strings of a JSON list column; anything else reads as empty. */
export function fromJsonList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []
}

/** The items of a JSON list column written through `toJsonList`; anything else reads as empty. */
export function jsonListOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}
