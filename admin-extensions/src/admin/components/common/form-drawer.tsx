import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The label of the button that opens the drawer. */
  trigger: string
  title: ReactNode
  description: ReactNode
  submitLabel: string
  /** The request is under way: the submit button spins. */
  isPending: boolean
  submitDisabled?: boolean
  /** Called on submit; the page does not reload. */
  onSubmit: () => void
  bodyClassName?: string
  children: ReactNode
}

/** A secondary button opening a drawer holding one form, with Cancel and a submit button at its foot. */
export const FormDrawer = ({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  submitLabel,
  isPending,
  submitDisabled,
  onSubmit,
  bodyClassName = "flex flex-col gap-y-4",
  children,
}: FormDrawerProps) => {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {trigger}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description>{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className={bodyClassName}>{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending} disabled={submitDisabled}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
