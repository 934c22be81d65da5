import type { VenueZone } from "../../../modules/events/models/venue"
import type { FieldIssue } from "./field-error"

/** Zones with distinct names, none holding more people than the venue. */
export function venueZoneIssues(zones: VenueZone[] | null | undefined, capacity: number): FieldIssue[] {
  const seen = new Set<string>()
  return (zones ?? []).flatMap((zone, index): FieldIssue[] => {
    const key = zone.name.trim().toLowerCase()
    if (seen.has(key)) return [{ field: `zones.${index}.name`, message: `zone "${zone.name}" is listed twice` }]
    seen.add(key)
    return zone.capacity > capacity
      ? [{ field: `zones.${index}.capacity`, message: `zone "${zone.name}" cannot hold more than the venue (${capacity})` }]
      : []
  })
}
