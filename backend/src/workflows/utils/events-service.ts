import type EventsModule from "@tessera/events/modules/events"

/** The events module's service as the container hands it out (module key `events`). */
export type EventsService = InstanceType<(typeof EventsModule)["service"]>

/** One unit of an order line to issue a ticket for, as the events service takes it. */
export type TicketUnit = Parameters<EventsService["issueTicketUnits"]>[0][number]

export const EVENTS_MODULE_KEY = "events"
