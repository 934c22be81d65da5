import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import EventsModule from "@tessera/events/modules/events"

/** Where an event's capacity is counted: its ticket types' inventory levels live at this location. */
export default defineLink({ linkable: EventsModule.linkable.event, isList: true }, StockLocationModule.linkable.stockLocation)
