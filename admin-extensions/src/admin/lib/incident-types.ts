/** Response shapes of the incident admin route. Kept free of server imports. */

export const INCIDENT_TYPES = ["medical", "security", "fraud", "lost_item", "other"] as const
export type IncidentType = (typeof INCIDENT_TYPES)[number]

export type Incident = {
  id: string
  event_id: string
  usher_id: string
  type: IncidentType
  note: string
  ticket_id: string | null
  card_id: string | null
  /** Served by the backend's file module; ushers attach it from the PWA. */
  photo_url: string | null
  created_at: string
  /** Of the ticket the incident is about, when there is one. */
  ticket_code: string | null
  holder_name: string | null
}

export type AdminIncidentListResponse = { incidents: Incident[]; count: number; offset: number; limit: number }
