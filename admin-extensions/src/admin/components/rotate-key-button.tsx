import { Button, usePrompt } from "@medusajs/ui"
import { useRotateCredentialKey } from "../hooks/use-credential-keys"

export const RotateKeyButton = () => {
  const prompt = usePrompt()
  const { mutate: rotate, isPending } = useRotateCredentialKey()

  const handleClick = async () => {
    const confirmed = await prompt({
      title: "Rotate signing key?",
      description:
        "A new key will sign every credential from now on. The current key is retired: credentials it signed keep verifying until you revoke it.",
      variant: "confirmation",
      confirmText: "Rotate",
      cancelText: "Cancel",
    })
    if (confirmed) {
      rotate()
    }
  }

  return (
    <Button size="small" variant="secondary" isLoading={isPending} onClick={handleClick}>
      Rotate signing key
    </Button>
  )
}
