import type { PreparedStatement } from "@tessera/credentials/sql"
/**
 * The statements that make admission exactly-once. Each decides in one statement under the
 * (list_id, ticket_id) unique index, so concurrent scanners (or server instances) serialise on the
 * admission row and exactly one of them moves it to `inside`.
 */

/** One scan, claimed, applied and settled in one statement (the function is made by a migration). */
export const ADMIT_SCAN: PreparedStatement = { name: "checkin_admit_scan", text: "select checkin_admit_scan($1::jsonb) as answer" }

/** Claims scan ids: a scan already stored (or being stored by a concurrent request) is skipped. */
export const CLAIM_SCANS = `
insert into checkin_scan (id, event_id, list_id, gate_id, usher_id, device_id, direction, outcome, reason,
  ticket_id, ticket_code, card_id, holder_name, scanned_at, received_at, offline, answer, created_at, updated_at)
select x.id, x.event_id, x.list_id, x.gate_id, x.usher_id, x.device_id, x.direction, x.outcome, x.reason,
  x.ticket_id, x.ticket_code, x.card_id, x.holder_name, x.scanned_at, now(), x.offline, x.answer, now(), now()
from jsonb_to_recordset(?::jsonb) as x(id text, event_id text, list_id text, gate_id text, usher_id text,
  device_id text, direction text, outcome text, reason text, ticket_id text, ticket_code text, card_id text,
  holder_name text, scanned_at timestamptz, offline boolean, answer jsonb)
on conflict (id) do nothing
returning id`

/**
 * Enters (a new row, or a row `LOCK_ADMISSIONS` made with no entries yet), or re-enters when the list
 * allows it and the ticket went out. No row back: refused.
 */
export const ENTER = `
insert into checkin_admission (id, event_id, list_id, ticket_id, state, entries, first_in_at, last_in_at,
  last_in_scan_id, last_gate_id, created_at, updated_at)
values (?, ?, ?, ?, 'inside', 1, ?, ?, ?, ?, now(), now())
on conflict (list_id, ticket_id) where deleted_at is null do update
  set state = 'inside', entries = checkin_admission.entries + 1, last_in_at = excluded.last_in_at,
      first_in_at = coalesce(checkin_admission.first_in_at, excluded.first_in_at),
      last_in_scan_id = excluded.last_in_scan_id, last_gate_id = excluded.last_gate_id, updated_at = now()
  where checkin_admission.state = 'outside' and (checkin_admission.entries = 0 or ?::boolean)
returning entries`

/** Leaves; only a ticket that is inside can. No row back: it was not inside. */
export const EXIT = `
update checkin_admission set state = 'outside', last_out_at = ?, last_gate_id = ?, updated_at = now()
where list_id = ? and ticket_id = ? and state = 'inside' and deleted_at is null
returning entries`

/** Why an entry was refused, and who let the ticket in before (for a conflict). */
export const ADMISSION_HOLDER = `
select a.state, a.entries, a.last_in_scan_id, s.device_id, s.usher_id
from checkin_admission a left join checkin_scan s on s.id = a.last_in_scan_id
where a.list_id = ? and a.ticket_id = ? and a.deleted_at is null`

export const INSERT_CONFLICTS = `
insert into checkin_conflict (id, event_id, list_id, ticket_id, scan_id, other_scan_id, device_id, other_device_id,
  usher_id, other_usher_id, status, created_at, updated_at)
select x.id, x.event_id, x.list_id, x.ticket_id, x.scan_id, x.other_scan_id, x.device_id, x.other_device_id,
  x.usher_id, x.other_usher_id, 'open', now(), now()
from jsonb_to_recordset(?::jsonb) as x(id text, event_id text, list_id text, ticket_id text, scan_id text,
  other_scan_id text, device_id text, other_device_id text, usher_id text, other_usher_id text)
on conflict (scan_id) where deleted_at is null do nothing`

/** Stores each scan's outcome and answer, and the ticket it stood for (a card scan's chosen candidate). */
export const SETTLE_SCANS = `
update checkin_scan s set outcome = x.outcome, reason = x.reason, conflict_id = x.conflict_id, answer = x.answer,
  ticket_id = x.ticket_id, ticket_code = x.ticket_code, holder_name = x.holder_name, updated_at = now()
from jsonb_to_recordset(?::jsonb) as x(id text, outcome text, reason text, conflict_id text, answer jsonb,
  ticket_id text, ticket_code text, holder_name text)
where s.id = x.id`

export const STORED_ANSWERS = `select id, answer from checkin_scan where id = any(?::text[])`

/** An usher's assignment at an event, the event's scanning status and its gates with their lists. */
export const USHER_ACCESS: PreparedStatement = {
  name: "checkin_usher_access",
  text: `
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
where a.usher_id = $1 and a.event_id = $2 and a.deleted_at is null`,
}

/**
 * Locks the admission rows a batch will touch, creating missing ones with no entries, in one order
 * (list, ticket) for every transaction: two devices' batches then queue on each other instead of
 * deadlocking on tickets they scanned in different orders. (A data-modifying CTE always runs; the rows it
 * creates are ours already, the select locks the ones that existed.)
 */
export const LOCK_ADMISSIONS = `
with wanted as (
  select x.id, x.list_id, x.ticket_id from jsonb_to_recordset(?::jsonb) as x(id text, list_id text, ticket_id text)
  order by x.list_id, x.ticket_id
), created as (
  insert into checkin_admission (id, event_id, list_id, ticket_id, state, entries, created_at, updated_at)
  select id, ?, list_id, ticket_id, 'outside', 0, now(), now() from wanted order by list_id, ticket_id
  on conflict (list_id, ticket_id) where deleted_at is null do nothing
  returning id
)
select count(*) as locked from (
  select a.id from checkin_admission a join wanted w on w.list_id = a.list_id and w.ticket_id = a.ticket_id
  where a.deleted_at is null
  order by a.list_id, a.ticket_id
  for update of a
) rows`

/** `ENTER` for many tickets at once, each appearing once, on rows `LOCK_ADMISSIONS` holds. */
export const ENTER_MANY = `
update checkin_admission a set state = 'inside', entries = a.entries + 1, first_in_at = coalesce(a.first_in_at, x.at),
  last_in_at = x.at, last_in_scan_id = x.scan_id, last_gate_id = x.gate_id, updated_at = now()
from jsonb_to_recordset(?::jsonb) as x(scan_id text, list_id text, ticket_id text, allow_reentry boolean, at timestamptz, gate_id text)
where a.list_id = x.list_id and a.ticket_id = x.ticket_id and a.deleted_at is null
  and a.state = 'outside' and (a.entries = 0 or x.allow_reentry)
returning x.scan_id, a.entries`

/** `ADMISSION_HOLDER` for many tickets at once. */
export const ADMISSION_HOLDERS = `
select a.list_id, a.ticket_id, a.state, a.entries, a.last_in_scan_id, s.device_id, s.usher_id
from checkin_admission a
join jsonb_to_recordset(?::jsonb) as x(list_id text, ticket_id text) on a.list_id = x.list_id and a.ticket_id = x.ticket_id
left join checkin_scan s on s.id = a.last_in_scan_id
where a.deleted_at is null`

/** What the attendee card shows of its holders' profiles, by customer id. */
export const GATE_PROFILES: PreparedStatement = {
  name: "checkin_gate_profiles",
  text: `
select customer_id, photo_url, emergency_contact_name, emergency_contact_phone, blood_type, needs_attention, attention_note
from attendee_profile where customer_id = any($1::text[]) and deleted_at is null`,
}
