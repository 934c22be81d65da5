import { useParams, useSearchParams } from "react-router-dom"
import { CardsSection } from "../../../components/wallets/cards-section"
import { WalletStatementSection } from "../../../components/wallets/wallet-statement-section"
import { WalletSummarySection } from "../../../components/wallets/wallet-summary-section"
import { useWalletHolder } from "../../../hooks/use-wallet-holder"

/** One wallet (`/wallets/:id?customer_id=`): holder and balance, its ledger and the holder's cards. */
const WalletPage = () => {
  const { id = "" } = useParams()
  const [searchParams] = useSearchParams()
  const { wallet, customerId, isPending, error } = useWalletHolder(id, searchParams.get("customer_id"))

  return (
    <div className="flex flex-col gap-y-3">
      <WalletSummarySection walletId={id} wallet={wallet} isPending={isPending} error={error} />
      <WalletStatementSection walletId={id} />
      {customerId && <CardsSection customerId={customerId} currencyCode={wallet?.currency_code} />}
    </div>
  )
}

export default WalletPage
