import { Heading, Text } from "@medusajs/ui"

type FigureTileProps = {
  label: string
  value: number
  /** Draws the eye when the figure needs action (open conflicts). */
  alert?: boolean
}

/** One headline number of the gates. */
export const FigureTile = ({ label, value, alert = false }: FigureTileProps) => (
  <div className="flex flex-col gap-y-1 px-6 py-4" data-figure={label}>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Heading level="h2" className={alert && value > 0 ? "text-ui-fg-error" : undefined}>
      {value.toLocaleString()}
    </Heading>
  </div>
)
