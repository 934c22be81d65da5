import { Container, Heading, Text } from "@medusajs/ui"
import { customerLabel } from "../../hooks/use-customers"
import { formatDateTime } from "../../lib/format"
import { formatMinorUnits } from "../../lib/money"
import type { Wallet } from "../../lib/wallet-types"
import { InfoRow } from "../info-row"
import { MoneyText } from "./money-text"

type WalletSummarySectionProps = {
  walletId: string
  wallet: Wallet | undefined
  isPending: boolean
  error: Error | null
}

/** Whose wallet, in which currency, and what it holds now. */
export const WalletSummarySection = ({ walletId, wallet, isPending, error }: WalletSummarySectionProps) => {
  return (
    <Container className="divide-y p-0" data-section="wallet-summary">
      <div className="px-6 py-4">
        <Heading level="h1">Wallet</Heading>
        <Text size="small" className="text-ui-fg-subtle font-mono">
          {walletId}
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the wallet: {error.message}
        </Text>
      ) : isPending || !wallet ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Loading…
        </Text>
      ) : (
        <>
          <InfoRow label="Customer">
            <Text size="small">{customerLabel(wallet.customer, wallet.customer_id)}</Text>
          </InfoRow>
          <InfoRow label="Balance">
            <MoneyText amount={wallet.balance} currencyCode={wallet.currency_code} />
          </InfoRow>
          <InfoRow label="Most it may hold">
            <Text size="small">{formatMinorUnits(wallet.max_balance, wallet.currency_code)}</Text>
          </InfoRow>
          <InfoRow label="Opened">
            <Text size="small">{formatDateTime(wallet.created_at)}</Text>
          </InfoRow>
        </>
      )}
    </Container>
  )
}
