import { defineLink } from "@medusajs/framework/utils"
import EventsModule from "@tessera/events/modules/events"
import WalletModule from "@tessera/nfc-wallet/modules/wallet"

/** Read-only: a stand stores the event it sells at; the link lets query.graph reach the event. */
export default defineLink(
  { linkable: WalletModule.linkable.stand, field: "event_id", isList: true },
  EventsModule.linkable.event,
  { readOnly: true }
)
