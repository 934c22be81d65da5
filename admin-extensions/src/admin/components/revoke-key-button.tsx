import { Button, usePrompt } from "@medusajs/ui"
import { useRevokeCredentialKey } from "../hooks/use-credential-keys"

type RevokeKeyButtonProps = {
  kid: string
}

/** Offered for retired keys only; the API refuses to revoke the active one. */
export const RevokeKeyButton = ({ kid }: RevokeKeyButtonProps) => {
  const prompt = usePrompt()
  const { mutate: revoke, isPending } = useRevokeCredentialKey()

  const handleClick = async () => {
    const confirmed = await prompt({
      title: `Revoke key ${kid}?`,
      description:
        "Credentials already signed with this key will stop verifying. This can't be undone.",
      variant: "danger",
      confirmText: "Revoke",
      cancelText: "Cancel",
    })
    if (confirmed) {
      revoke(kid)
    }
  }

  return (
    <Button size="small" variant="danger" isLoading={isPending} onClick={handleClick}>
      Revoke
    </Button>
  )
}
