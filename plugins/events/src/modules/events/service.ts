import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { runPrepared } from "@tessera/credentials/sql"
import { Dependent } from "./models/dependent"
import { EditRequest } from "./models/edit-request"
import { Event } from "./models/event"
import { Favorite } from "./models/favorite"
import { Organizer } from "./models/organizer"
import { Payout } from "./models/payout"
import { PayoutCounter } from "./models/payout-counter"
import { RefundRequest } from "./models/refund-request"
import { Ticket } from "./models/ticket"
import { TicketType } from "./models/ticket-type"
import { Transfer } from "./models/transfer"
import { Venue } from "./models/venue"
import { attachDependent, type DependentAttachment, detachDependent, removeDependent } from "./utils/dependents"
import { notFound } from "./utils/errors"
import { GATE_TICKETS, type GateTicketRow } from "./utils/gate-tickets"
import { invoiceNumber } from "./utils/invoice-number"
import {
  decideRefundRequest,
  type RefundRequestInput,
  refundTicket,
  reopenRefundRequest,
  requestRefund,
  unrefundTicket,
} from "./utils/refunds"
import { newTicketCode } from "./utils/ticket-code"
import { acceptTransfer, cancelTransfer, offerTicket, type TransferOffer, type TransferRecipient } from "./utils/transfers"

export type TicketUnit = {
  order_id: string
  line_item_id: string
  unit_index: number
  event_id: string
  ticket_type_id: string
  customer_id?: string | null
  holder_name?: string | null
  holder_email?: string | null
}

export type NewPayout = { event_id: string; organizer_id: string; currency_code: string; gross: number; fees: number }

const UNIQUE_VIOLATION = "23505"

export default class EventsModuleService extends MedusaService({
  Organizer,
  Venue,
  Event,
  TicketType,
  Ticket,
  // keyed by their table names, so the generated methods are the ones query.graph calls
  // (`ticket_transfer` → listTicketTransfers)
  TicketTransfer: Transfer,
  EventFavorite: Favorite,
  Dependent,
  EditRequest,
  Payout,
  PayoutCounter,
  TicketRefundRequest: RefundRequest,
}) {
  /** Tickets by id as a gate shows them (type name and tier, dependents), in one plain query. */
  @InjectManager()
  async gateTickets(ids: string[], @MedusaContext() context: Context = {}): Promise<GateTicketRow[]> {
    if (!ids.length) return []
    return runPrepared<GateTicketRow>((context.manager as SqlEntityManager).getKnex(), GATE_TICKETS, [[...new Set(ids)]])
  }

  /**
   * One ticket per unit, at most once: units that already have a ticket are skipped, and the
   * unique (line_item_id, unit_index) index settles a concurrent run. Returns every ticket of
   * the given units, new or old, so a retry answers exactly like the first run.
   */
  @InjectTransactionManager()
  async issueTicketUnits(units: TicketUnit[], @MedusaContext() context: Context = {}) {
    if (!units.length) return []
    const manager = context.transactionManager as SqlEntityManager
    for (const unit of units) {
      await manager.execute(
        `insert into ticket (id, code, status, version, customer_id, holder_name, holder_email, order_id, line_item_id, unit_index, event_id, ticket_type_id)
         values (?, ?, 'valid', 1, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (line_item_id, unit_index) where line_item_id is not null and deleted_at is null do nothing`,
        [
          generateEntityId(undefined, "tkt"),
          newTicketCode(),
          unit.customer_id ?? null,
          unit.holder_name ?? null,
          unit.holder_email ?? null,
          unit.order_id,
          unit.line_item_id,
          unit.unit_index,
          unit.event_id,
          unit.ticket_type_id,
        ]
      )
    }
    return this.listTickets({ line_item_id: [...new Set(units.map((u) => u.line_item_id))] }, { order: { unit_index: "ASC" } }, context)
  }

  /**
   * Voids valid tickets and bumps their version in one statement (`version = version + 1`, no
   * read-then-write), so every credential signed before now verifies as `revoked`. Tickets that are
   * no longer valid are left alone: running it again bumps nothing. Returns the tickets voided now.
   */
  @InjectTransactionManager()
  async voidTickets(ids: string[], @MedusaContext() context: Context = {}): Promise<{ id: string; version: number }[]> {
    if (!ids.length) return []
    const manager = context.transactionManager as SqlEntityManager
    return manager.execute(
      `update ticket set status = 'void', version = version + 1, updated_at = now()
       where id in (?) and status = 'valid' and deleted_at is null
       returning id, version`,
      [ids]
    )
  }

  /** Undoes `voidTickets` for the tickets it voided (a workflow's compensation): valid again, previous version. */
  @InjectTransactionManager()
  async restoreVoidedTickets(ids: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!ids.length) return
    const manager = context.transactionManager as SqlEntityManager
    await manager.execute(
      `update ticket set status = 'valid', version = version - 1, updated_at = now()
       where id in (?) and status = 'void' and deleted_at is null`,
      [ids]
    )
  }

  /**
   * A payout with the next invoice number of its year. The counter row is locked by its own
   * UPDATE for the rest of the transaction, so numbers are unique and, because a failed payout
   * rolls its number back too, gap-free.
   */
  @InjectTransactionManager()
  async createPayoutWithInvoice(input: NewPayout, @MedusaContext() context: Context = {}) {
    if (input.fees > input.gross) {
      throw Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, "fees cannot exceed gross"), { field: "fees" })
    }
    const manager = context.transactionManager as SqlEntityManager
    const year = new Date().getUTCFullYear()
    const [{ last_sequence: sequence }] = await manager.execute(
      `insert into payout_counter (id, year, last_sequence) values (?, ?, 1)
       on conflict (year) where deleted_at is null do update set last_sequence = payout_counter.last_sequence + 1, updated_at = now()
       returning last_sequence`,
      [generateEntityId(undefined, "payc"), year]
    )
    return this.createPayouts(
      { ...input, net: input.gross - input.fees, year, sequence, invoice_number: invoiceNumber(year, sequence) },
      context
    )
  }

  /** A pending offer of one of the sender's valid tickets (see utils/transfers); returns the transfer. */
  @InjectTransactionManager()
  async offerTicket(offer: TransferOffer, @MedusaContext() context: Context = {}) {
    const id = await offerTicket(context.transactionManager as SqlEntityManager, offer)
    return this.retrieveTicketTransfer(id, {}, context)
  }

  /** Hands the ticket to the recipient and revokes the sender's credential, or 409s (see utils/transfers). */
  @InjectTransactionManager()
  async acceptTransfer(transferId: string, recipient: TransferRecipient, @MedusaContext() context: Context = {}) {
    return acceptTransfer(context.transactionManager as SqlEntityManager, transferId, recipient)
  }

  @InjectTransactionManager()
  async cancelTransfer(transferId: string, fromCustomerId: string, @MedusaContext() context: Context = {}) {
    await cancelTransfer(context.transactionManager as SqlEntityManager, transferId, fromCustomerId)
  }

  /** A pending refund request for one of the customer's valid tickets (see utils/refunds). */
  @InjectTransactionManager()
  async requestRefund(input: RefundRequestInput, @MedusaContext() context: Context = {}) {
    const id = await requestRefund(context.transactionManager as SqlEntityManager, input)
    return this.retrieveTicketRefundRequest(id, {}, context)
  }

  /** Approves or rejects a pending request; exactly one concurrent decision wins, the others get 409. */
  @InjectTransactionManager()
  async decideRefundRequest(
    id: string,
    to: "approved" | "rejected",
    decision: { decided_by: string | null; decision_note?: string | null },
    @MedusaContext() context: Context = {}
  ) {
    return decideRefundRequest(context.transactionManager as SqlEntityManager, id, to, decision)
  }

  @InjectTransactionManager()
  async reopenRefundRequest(id: string, @MedusaContext() context: Context = {}) {
    await reopenRefundRequest(context.transactionManager as SqlEntityManager, id)
  }

  /** Marks a valid ticket refunded with a version bump, revoking its credentials; 409 when no longer valid. */
  @InjectTransactionManager()
  async refundTicket(ticketId: string, @MedusaContext() context: Context = {}) {
    return refundTicket(context.transactionManager as SqlEntityManager, ticketId)
  }

  @InjectTransactionManager()
  async unrefundTicket(ticketId: string, @MedusaContext() context: Context = {}) {
    await unrefundTicket(context.transactionManager as SqlEntityManager, ticketId)
  }

  /** Adds an event to the customer's favorites; adding it again changes nothing. Drafts are not found. */
  @InjectTransactionManager()
  async addFavorite(customerId: string, eventId: string, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const [event] = await manager.execute(
      `select id from event where id = ? and status <> 'draft' and deleted_at is null`,
      [eventId]
    )
    if (!event) throw notFound("event_id", `Event with id: ${eventId} was not found`)
    await manager.execute(
      `insert into event_favorite (id, customer_id, event_id) values (?, ?, ?)
       on conflict (customer_id, event_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "fav"), customerId, eventId]
    )
    const [favorite] = await this.listEventFavorites({ customer_id: customerId, event_id: eventId }, {}, context)
    return favorite
  }

  @InjectTransactionManager()
  async attachDependent(input: DependentAttachment, @MedusaContext() context: Context = {}) {
    await attachDependent(context.transactionManager as SqlEntityManager, input)
  }

  @InjectTransactionManager()
  async detachDependent(input: DependentAttachment, @MedusaContext() context: Context = {}) {
    await detachDependent(context.transactionManager as SqlEntityManager, input)
  }

  /** Deletes one of the customer's dependents and detaches it from every ticket. */
  @InjectTransactionManager()
  async removeDependent(id: string, customerId: string, @MedusaContext() context: Context = {}) {
    await removeDependent(context.transactionManager as SqlEntityManager, id, customerId)
  }

  /** Whether an error is Postgres refusing a duplicate; callers turn it into a 409/422 of their own. */
  static isUniqueViolation(error: unknown): boolean {
    return (error as { code?: string })?.code === UNIQUE_VIOLATION
  }
}
