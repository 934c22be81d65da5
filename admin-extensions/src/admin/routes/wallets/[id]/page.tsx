import { useParams } from "react-router-dom"
import { CardsSection } from "../../../components/wallets/cards-section"
import { WalletStatementSection } from "../../../components/wallets/wallet-statement-section"
import { WalletSummarySection } from "../../../components/wallets/wallet-summary-section"
import { useWallet } from "../../../hooks/use-wallets"

/** One wallet (`/wallets/:id`): holder and balance, its ledger and the holder's cards. */
const WalletPage = () => {
  const { id = "" } = useParams()
  const { wallet, isPending, error } = useWallet(id)

  return (
    <div className="flex flex-col gap-y-3">
      <WalletSummarySection walletId={id} wallet={wallet} isPending={isPending} error={error} />
      <WalletStatementSection walletId={id} />
      {wallet && <CardsSection customerId={wallet.customer_id} currencyCode={wallet.currency_code} />}
    </div>
  )
}

export default WalletPage
