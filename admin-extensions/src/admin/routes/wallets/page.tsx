import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { BalanceRefundsSection } from "../../components/wallets/balance-refunds-section"
import { CardsSection } from "../../components/wallets/cards-section"
import { FlaggedDebitsSection } from "../../components/wallets/flagged-debits-section"
import { WalletsSection } from "../../components/wallets/wallets-section"

/** Wallets (`/wallets`): balances, offline debits to review, balance refunds after an event, and the card inventory. */
const WalletsPage = () => (
  <div className="flex flex-col gap-y-3">
    <WalletsSection />
    <FlaggedDebitsSection />
    <BalanceRefundsSection />
    <CardsSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Wallets",
  icon: CreditCard,
})

export default WalletsPage
