import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { usePlatform } from "../hooks/use-platform"
import { formatDateTime } from "../lib/format"
import { EnabledBadge } from "./enabled-badge"
import { InfoRow } from "./info-row"

const DATABASE_MODE_LABELS = { embedded: "Embedded", external: "External" } as const

/** How this instance runs: database, Redis, payment providers, worker mode, Node. */
export const PlatformSection = () => {
  const { platform, isPending, error } = usePlatform()

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Tessera platform</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          How this instance runs. Change it through the backend's environment.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the platform details: {error.message}
        </Text>
      ) : isPending || !platform ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Loading…
        </Text>
      ) : (
        <>
          <InfoRow label="Database">
            <Badge size="2xsmall">{DATABASE_MODE_LABELS[platform.database.mode]}</Badge>
            <Text size="small" className="font-mono">
              {platform.database.host ?? "-"}
            </Text>
          </InfoRow>
          <InfoRow label="Redis">
            <EnabledBadge enabled={platform.redis.enabled} />
          </InfoRow>
          <InfoRow label="Payment providers">
            {platform.payment.providers.length
              ? platform.payment.providers.map((id) => (
                  <Badge key={id} size="2xsmall" className="font-mono">
                    {id}
                  </Badge>
                ))
              : "-"}
          </InfoRow>
          <InfoRow label="Worker mode">
            <Text size="small">{platform.worker_mode}</Text>
          </InfoRow>
          <InfoRow label="Served by">
            <Text size="small" className="font-mono">
              {platform.instance}
            </Text>
          </InfoRow>
          <InfoRow label="Last worker run">
            <Text size="small">
              {platform.last_worker_heartbeat
                ? `${formatDateTime(platform.last_worker_heartbeat.at)} on ${platform.last_worker_heartbeat.instance}`
                : "No scheduled job has run yet"}
            </Text>
          </InfoRow>
          <InfoRow label="Node.js">
            <Text size="small" className="font-mono">
              {platform.node}
            </Text>
          </InfoRow>
        </>
      )}
    </Container>
  )
}
