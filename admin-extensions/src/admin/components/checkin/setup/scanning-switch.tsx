import { Button, StatusBadge, usePrompt } from "@medusajs/ui"
import { useCheckinFigures } from "../../../hooks/use-checkin"
import { useSetScanningStatus } from "../../../hooks/use-checkin-setup"

/** Open or closed at every gate; closing asks first, since every scan is refused until it opens again. */
export const ScanningSwitch = ({ eventId }: { eventId: string }) => {
  const prompt = usePrompt()
  const { figures } = useCheckinFigures(eventId, { poll: false })
  const { mutate: setStatus, isPending } = useSetScanningStatus(eventId)
  if (!figures) return null
  const open = figures.status === "open"

  const handleClick = async () => {
    if (!open) return setStatus("open")
    const confirmed = await prompt({
      title: "Close scanning?",
      description: "Every gate of this event refuses scans (not open) until scanning opens again. Offline devices learn it on their next sync.",
      variant: "danger",
      confirmText: "Close scanning",
      cancelText: "Cancel",
    })
    if (confirmed) setStatus("closed")
  }

  return (
    <div className="flex items-center gap-x-2" data-scanning={figures.status}>
      <StatusBadge color={open ? "green" : "grey"}>{open ? "Scanning open" : "Scanning closed"}</StatusBadge>
      <Button size="small" variant={open ? "danger" : "primary"} isLoading={isPending} onClick={handleClick}>
        {open ? "Close scanning" : "Open scanning"}
      </Button>
    </div>
  )
}
