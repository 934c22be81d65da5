import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { CardsSection } from "../../components/wallets/cards-section"
import { FlaggedDebitsSection } from "../../components/wallets/flagged-debits-section"
import { WalletsSection } from "../../components/wallets/wallets-section"

/** Wallets (`/wallets`): balances, offline debits to review, and the card inventory. */
const WalletsPage = () => (
  <div className="flex flex-col gap-y-3">
    <WalletsSection />
    <FlaggedDebitsSection />
    <CardsSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Wallets",
  icon: CreditCard,
})

export default WalletsPage
