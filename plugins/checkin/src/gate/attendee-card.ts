import type { AttendeeCard } from "../modules/checkin/types"
import type { GateProfile, GateTicket } from "./tickets"

/**
 * What the usher sees about the person in front of them. `needs_attention` is the profile's flag
 * (medical or security notes) or a ticket that brings dependents, who must be checked in person.
 */
export function attendeeCard(ticket: GateTicket, profile: GateProfile | undefined): AttendeeCard {
  const dependents = (ticket.dependents ?? []).map(({ id, name, relation }) => ({ id, name, relation }))
  const hasContact = profile && (profile.emergency_contact_name || profile.emergency_contact_phone)
  return {
    ticket_id: ticket.id,
    code: ticket.code,
    name: ticket.holder_name,
    photo_url: profile?.photo_url ?? null,
    tier: ticket.ticket_type?.tier ?? null,
    ticket_type: ticket.ticket_type?.name ?? null,
    status: ticket.status,
    previously_scanned: false,
    emergency_contact: hasContact
      ? { name: profile.emergency_contact_name, phone: profile.emergency_contact_phone }
      : null,
    blood_type: profile?.blood_type ?? null,
    dependents,
    needs_attention: !!profile?.needs_attention || dependents.length > 0,
    attention_note: profile?.attention_note ?? null,
  }
}
