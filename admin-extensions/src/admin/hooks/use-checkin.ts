import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCheckinGateListResponse,
  AdminCheckinResponse,
  AdminConflictListResponse,
  AdminConflictResponse,
  AdminScanListResponse,
  ScanOutcome,
} from "../lib/checkin-types"
import { conflictTicketLabel } from "../lib/conflict-label"
import { sdk } from "../lib/sdk"

/** Keys per event, so the live stream can refresh one event's views at once. */
export const checkinQueryKeys = {
  all: ["tessera_checkin"] as const,
  event: (eventId: string) => [...checkinQueryKeys.all, eventId] as const,
  figures: (eventId: string) => [...checkinQueryKeys.event(eventId), "figures"] as const,
  gates: (eventId: string) => [...checkinQueryKeys.event(eventId), "gates"] as const,
  scans: (eventId: string, params?: ScanLogParams) => [...checkinQueryKeys.event(eventId), "scans", params ?? {}] as const,
  conflicts: (eventId: string, params?: ConflictListParams) =>
    [...checkinQueryKeys.event(eventId), "conflicts", params ?? {}] as const,
}

/** How often views refresh by themselves when the live stream is down. */
export const FALLBACK_POLL_MS = 5_000

const eventPath = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}/checkin`

/** Admitted, inside, per gate and conflict counts, and whether scanning is open. */
export const useCheckinFigures = (eventId: string, { poll }: { poll: boolean }) => {
  const { data, ...rest } = useQuery<AdminCheckinResponse, FetchError>({
    queryKey: checkinQueryKeys.figures(eventId),
    queryFn: () => sdk.client.fetch<AdminCheckinResponse>(eventPath(eventId)),
    refetchInterval: poll ? FALLBACK_POLL_MS : false,
  })
  return { figures: data?.checkin, ...rest }
}

/** The event's gates, to name the gate ids of figures and scans. */
export const useCheckinGates = (eventId: string) => {
  const { data, ...rest } = useQuery<AdminCheckinGateListResponse, FetchError>({
    queryKey: checkinQueryKeys.gates(eventId),
    queryFn: () => sdk.client.fetch<AdminCheckinGateListResponse>(`${eventPath(eventId)}/gates`),
  })
  return { gates: data?.gates ?? [], ...rest }
}

export type ScanLogParams = { q?: string; outcome?: ScanOutcome; offset: number; limit: number }

/** One page of the scan log, newest first; the previous page stays shown while the next loads. */
export const useScanLog = (eventId: string, params: ScanLogParams, { poll }: { poll: boolean }) => {
  const { data, ...rest } = useQuery<AdminScanListResponse, FetchError>({
    queryKey: checkinQueryKeys.scans(eventId, params),
    queryFn: () => sdk.client.fetch<AdminScanListResponse>(`${eventPath(eventId)}/scans`, { query: params }),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? FALLBACK_POLL_MS : false,
  })
  return { scans: data?.scans ?? [], count: data?.count ?? 0, ...rest }
}

export type ConflictListParams = { status?: "open" | "resolved"; offset: number; limit: number }

export const useConflicts = (eventId: string, params: ConflictListParams, { poll }: { poll: boolean }) => {
  const { data, ...rest } = useQuery<AdminConflictListResponse, FetchError>({
    queryKey: checkinQueryKeys.conflicts(eventId, params),
    queryFn: () => sdk.client.fetch<AdminConflictListResponse>(`${eventPath(eventId)}/conflicts`, { query: params }),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? FALLBACK_POLL_MS : false,
  })
  return { conflicts: data?.conflicts ?? [], count: data?.count ?? 0, ...rest }
}

/** Closes a conflict with the note saying what was done at the gate. */
export const useResolveConflict = (eventId: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminConflictResponse, FetchError, { conflictId: string; note: string }>({
    mutationFn: ({ conflictId, note }) =>
      sdk.client.fetch<AdminConflictResponse>(
        `${eventPath(eventId)}/conflicts/${encodeURIComponent(conflictId)}/resolve`,
        { method: "POST", body: { note } }
      ),
    onSuccess: ({ conflict }) => {
      void queryClient.invalidateQueries({ queryKey: checkinQueryKeys.event(eventId) })
      toast.success("Conflict resolved", { description: conflictTicketLabel(conflict) })
    },
    onError: (error) => {
      toast.error("Couldn't resolve the conflict", { description: error.message })
    },
  })
}
