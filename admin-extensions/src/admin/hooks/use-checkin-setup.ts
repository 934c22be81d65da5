import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminAssignmentListResponse,
  AdminCheckinListListResponse,
  AdminCheckinResponse,
  AdminEventTicketTypesResponse,
  CheckinGate,
  CheckinList,
  NewCheckinList,
  ScanningStatus,
  UsherRole,
} from "../lib/checkin-types"
import { sdk } from "../lib/sdk"
import { checkinQueryKeys } from "./use-checkin"

const eventPath = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}/checkin`

const setupKeys = {
  lists: (eventId: string) => [...checkinQueryKeys.event(eventId), "lists"] as const,
  assignments: (eventId: string) => [...checkinQueryKeys.event(eventId), "assignments"] as const,
  ticketTypes: (eventId: string) => [...checkinQueryKeys.event(eventId), "ticket-types"] as const,
}

/** Every view of the event refreshes after a setup change: figures name gates, scans name ushers. */
const useRefreshEvent = (eventId: string) => {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: checkinQueryKeys.event(eventId) })
}

/** Opens or closes scanning at every gate of the event; a closed event refuses scans with `not_open`. */
export const useSetScanningStatus = (eventId: string) => {
  const refresh = useRefreshEvent(eventId)
  return useMutation<AdminCheckinResponse, FetchError, ScanningStatus>({
    mutationFn: (status) => sdk.client.fetch<AdminCheckinResponse>(eventPath(eventId), { method: "POST", body: { status } }),
    onSuccess: ({ checkin }) => {
      refresh()
      toast.success(checkin.status === "open" ? "Scanning opened" : "Scanning closed", {
        description: checkin.status === "open" ? "Ushers can admit again." : "Every gate now refuses scans.",
      })
    },
    onError: (error) => {
      toast.error("Couldn't change scanning", { description: error.message })
    },
  })
}

/** The event's check-in lists, each with its gates. */
export const useCheckinLists = (eventId: string) => {
  const { data, ...rest } = useQuery<AdminCheckinListListResponse, FetchError>({
    queryKey: setupKeys.lists(eventId),
    queryFn: () => sdk.client.fetch<AdminCheckinListListResponse>(`${eventPath(eventId)}/lists`),
  })
  return { lists: data?.checkin_lists ?? [], ...rest }
}

/** The event's ticket types, for a list's "admits" choice. */
export const useEventTicketTypes = (eventId: string) => {
  const { data, ...rest } = useQuery<AdminEventTicketTypesResponse, FetchError>({
    queryKey: setupKeys.ticketTypes(eventId),
    queryFn: () =>
      sdk.client.fetch<AdminEventTicketTypesResponse>(`/admin/events/${encodeURIComponent(eventId)}`, {
        query: { fields: "id,ticket_types.id,ticket_types.name" },
      }),
    staleTime: 60_000,
  })
  return { ticketTypes: data?.event.ticket_types ?? [], ...rest }
}

/** A gate on an existing list, or on a list made for it first. */
export type NewGate = { name: string; list: { id: string } | NewCheckinList }

export const useCreateGate = (eventId: string) => {
  const refresh = useRefreshEvent(eventId)
  return useMutation<{ gate: CheckinGate }, FetchError, NewGate>({
    mutationFn: async ({ name, list }) => {
      const listId =
        "id" in list
          ? list.id
          : (
              await sdk.client.fetch<{ checkin_list: CheckinList }>(`${eventPath(eventId)}/lists`, {
                method: "POST",
                body: list,
              })
            ).checkin_list.id
      return sdk.client.fetch<{ gate: CheckinGate }>(`${eventPath(eventId)}/gates`, {
        method: "POST",
        body: { name, list_id: listId },
      })
    },
    onSuccess: ({ gate }) => {
      refresh()
      toast.success("Gate added", { description: `${gate.name} is ready for ushers.` })
    },
    onError: (error) => {
      // a list made for the gate stays; it shows in the table and can take the gate on a retry
      refresh()
      toast.error("Couldn't add the gate", { description: error.message })
    },
  })
}

/** Who scans at the event, with their role and gates. */
export const useAssignments = (eventId: string) => {
  const { data, ...rest } = useQuery<AdminAssignmentListResponse, FetchError>({
    queryKey: setupKeys.assignments(eventId),
    queryFn: () => sdk.client.fetch<AdminAssignmentListResponse>(`${eventPath(eventId)}/assignments`),
  })
  return { assignments: data?.assignments ?? [], ...rest }
}

export type NewAssignment = { usher_id: string; role: UsherRole; gate_ids: string[] }

/** Lets an usher scan here; assigning again changes their role and gates. */
export const useAssignUsher = (eventId: string) => {
  const refresh = useRefreshEvent(eventId)
  return useMutation<unknown, FetchError, NewAssignment & { usherName: string }>({
    mutationFn: ({ usherName: _name, ...body }) =>
      sdk.client.fetch(`${eventPath(eventId)}/assignments`, { method: "POST", body }),
    onSuccess: (_data, { usherName, role }) => {
      refresh()
      toast.success("Usher assigned", { description: `${usherName} scans here as ${role}.` })
    },
    onError: (error) => {
      toast.error("Couldn't assign the usher", { description: error.message })
    },
  })
}

/** Takes an usher off the event: their next request for it is refused. */
export const useUnassignUsher = (eventId: string) => {
  const refresh = useRefreshEvent(eventId)
  return useMutation<unknown, FetchError, { assignmentId: string; usherName: string }>({
    mutationFn: ({ assignmentId }) =>
      sdk.client.fetch(`${eventPath(eventId)}/assignments/${encodeURIComponent(assignmentId)}`, { method: "DELETE" }),
    onSuccess: (_data, { usherName }) => {
      refresh()
      toast.success("Usher removed", { description: `${usherName} no longer scans at this event.` })
    },
    onError: (error) => {
      toast.error("Couldn't remove the usher", { description: error.message })
    },
  })
}
