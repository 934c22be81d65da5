/**
 * The statements of the gate's hot path. Admission itself is decided inside the database functions the
 * check-in module's migration makes (`checkin_admit_scan`, `checkin_record_scans`): each entry or exit
 * is one conditional statement under the (list_id, ticket_id) unique index, so concurrent scanners (or
 * server instances) serialise on the admission row and exactly one of them moves it to `inside`.
 */

/** One scan, claimed, applied and settled in one statement. */
export const ADMIT_SCAN = `select checkin_admit_scan(?::jsonb) as answer`

/** A batch of one event's scans, in the given order, answered in that order. */
export const RECORD_SCANS = `select answer from checkin_record_scans(?::jsonb, ?) with ordinality as t(answer, n) order by n`

/** An usher's assignment at an event, the event's scanning status and its gates with their lists. */
export const USHER_ACCESS = `
select a.usher_id, a.event_id, a.role, a.gate_ids, coalesce(st.status, 'open') as scanning,
  coalesce((
    select json_agg(json_build_object('gate_id', g.id, 'gate_name', g.name, 'list_id', l.id,
      'ticket_type_ids', l.ticket_type_ids, 'allow_reentry', l.allow_reentry,
      'opens_at', l.opens_at, 'closes_at', l.closes_at) order by g.created_at)
    from checkin_gate g join checkin_list l on l.id = g.list_id and l.deleted_at is null
    where g.event_id = a.event_id and g.deleted_at is null
  ), '[]'::json) as gates
from usher_assignment a
left join checkin_scanning_status st on st.event_id = a.event_id and st.deleted_at is null
where a.usher_id = ? and a.event_id = ? and a.deleted_at is null`

/** What the attendee card shows of its holders' profiles, by customer id. */
export const GATE_PROFILES = `
select customer_id, photo_url, emergency_contact_name, emergency_contact_phone, blood_type, needs_attention, attention_note
from attendee_profile where customer_id = any(?::text[]) and deleted_at is null`
