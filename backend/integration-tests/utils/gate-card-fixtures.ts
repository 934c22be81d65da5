import type { MedusaContainer } from "@medusajs/framework/types"
import { type EventsService } from "./checkin-fixtures"
import { credentialOf as cardCredentialOf, randomSerial, walletService } from "./wallet-fixtures"

type GateEvent = { id: string; ticket_types: { id: string }[] }

/** Tickets at an event for one holder, issued straight through the events module (oldest first). */
export async function ticketsFor(
  container: MedusaContainer,
  event: GateEvent,
  customerId: string,
  { typeIndex = 0, count = 1, holder = "Rosalind Franklin" } = {}
) {
  const tickets = await container.resolve<EventsService>("events").issueTicketUnits(
    Array.from({ length: count }, (_, unit) => ({
      order_id: `order_${customerId}`,
      line_item_id: `line_${event.id}_${typeIndex}_${customerId}`,
      unit_index: unit,
      event_id: event.id,
      ticket_type_id: event.ticket_types[typeIndex].id,
      customer_id: customerId,
      holder_name: holder,
      holder_email: "rosalind@tessera.test",
    }))
  )
  return [...tickets].sort((a, b) => (a.id < b.id ? -1 : 1))
}

/** A wristband from stock handed to a customer (active), as the tag holds it: card row and credential. */
export async function wristbandFor(container: MedusaContainer, customerId: string | null, { event_id = null as string | null } = {}) {
  const wallet = walletService(container)
  const serial = randomSerial()
  await wallet.importCards([{ serial_number: serial, kind: "wristband", event_id }])
  const [inStock] = await wallet.listCards({ serial_number: serial })
  if (customerId) await wallet.assignCard(inStock.id, customerId)
  return currentCard(container, inStock.id)
}

/** A card as it is now, with the credential signed at its current version (what an admin would write to a tag). */
export async function currentCard(container: MedusaContainer, cardId: string) {
  const [card] = await walletService(container).listCards({ id: cardId })
  return { card, credential: await cardCredentialOf(container, card) }
}
