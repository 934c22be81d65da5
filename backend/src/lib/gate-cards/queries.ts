/**
 * Read-only SQL behind the gate's card resolver: a deliberate, documented shortcut across module tables,
 * like `../event-catalog/queries.ts`. A card scan is on the gate's hot path, where `query.graph` (~35 ms of
 * CPU) does not fit; the read-only links `card-customer` and `ticket-customer` join on stored fields, so
 * these statements join the same fields directly, on the request's PG_CONNECTION:
 *   wallet module:  wallet_card (id, serial_number, status, version, customer_id, event_id, updated_at)
 *   events module:  ticket (id, customer_id, event_id, status, updated_at),
 *                   ticket_transfer (from_customer_id, ticket_id, status, updated_at)
 *
 * Rules for this file: SELECT only, soft-deleted rows skipped, every table and column name here, so a
 * rename breaks in one place (`integration-tests/http/checkin-cards.spec.ts` runs each statement).
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type CardRow = {
  id: string
  serial_number: string
  status: string
  version: number
  event_id: string | null
  ticket_ids: string[]
  tickets_elsewhere: boolean
}

/** A card's columns with its holder's tickets at `:event` (ids are ULIDs: id order is issue order). */
const CARD_COLUMNS = `c.id, c.serial_number, c.status, c.version, c.event_id,
  array(select t.id from ticket t where t.customer_id = c.customer_id and t.event_id = :event and t.deleted_at is null
    order by t.id) as ticket_ids`

/** Cards by id: one statement on every card scan (primary key, then the tickets' customer_id index). */
export async function cardsById(knex: Knex, eventId: string, cardIds: string[]): Promise<CardRow[]> {
  const { rows } = await knex.raw(
    `select ${CARD_COLUMNS},
       c.customer_id is not null and exists (select 1 from ticket o where o.customer_id = c.customer_id
         and o.event_id <> :event and o.status = 'valid' and o.deleted_at is null) as tickets_elsewhere
     from wallet_card c where c.id = any(cast(:ids as text[])) and c.deleted_at is null`,
    { event: eventId, ids: cardIds }
  )
  return rows as CardRow[]
}

/**
 * Cards of the event's ticket holders (`since` null), or those whose answer may have changed since
 * `since`: the card itself (held by someone with a ticket here), the holder's tickets here (bought,
 * transferred in, voided, refunded), or a ticket here the holder gave away (an accepted transfer).
 */
export async function changedCards(knex: Knex, eventId: string, since: Date | null): Promise<CardRow[]> {
  const holders = since
    ? `select t.customer_id from ticket t where t.event_id = :event and t.updated_at >= :since and t.deleted_at is null
       union
       select t.customer_id from ticket t join wallet_card w on w.customer_id = t.customer_id
       where t.event_id = :event and t.deleted_at is null and w.updated_at >= :since and w.deleted_at is null
       union
       select tr.from_customer_id from ticket_transfer tr join ticket t on t.id = tr.ticket_id
       where t.event_id = :event and tr.status = 'accepted' and tr.updated_at >= :since and tr.deleted_at is null`
    : `select t.customer_id from ticket t where t.event_id = :event and t.deleted_at is null`
  const { rows } = await knex.raw(
    `with holders as (${holders})
     select ${CARD_COLUMNS}, false as tickets_elsewhere
     from wallet_card c where c.customer_id in (select customer_id from holders) and c.deleted_at is null
     order by c.id`,
    { event: eventId, since: since ?? null }
  )
  return rows as CardRow[]
}
