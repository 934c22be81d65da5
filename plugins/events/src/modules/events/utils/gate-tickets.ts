import type { PreparedStatement } from "@tessera/credentials/sql"
/**
 * What a gate needs of tickets, in one statement: the ticket, its type's name and tier, and its
 * dependents where the type allows any. The gate reads this on every scan; through the ORM it took two
 * queries and most of a scan's database time.
 */
export const GATE_TICKETS: PreparedStatement = {
  name: "events_gate_tickets",
  text: `
select t.id, t.code, t.status, t.version, t.customer_id, t.holder_name, t.event_id, t.ticket_type_id,
  case when tt.id is null then null else json_build_object('name', tt.name, 'tier', tt.tier) end as ticket_type,
  case when tt.allows_dependents then coalesce((
    select json_agg(json_build_object('id', d.id, 'name', d.name, 'relation', d.relation) order by d.name, d.id)
    from ticket_dependent td join dependent d on d.id = td.dependent_id and d.deleted_at is null
    where td.ticket_id = t.id
  ), '[]'::json) else '[]'::json end as dependents
from ticket t
left join ticket_type tt on tt.id = t.ticket_type_id and tt.deleted_at is null
where t.id = any($1::text[]) and t.deleted_at is null`,
}

export type GateTicketRow = {
  id: string
  code: string
  status: string
  version: number
  customer_id: string | null
  holder_name: string | null
  event_id: string
  ticket_type_id: string
  ticket_type: { name: string; tier: string } | null
  dependents: { id: string; name: string; relation: string }[]
}
