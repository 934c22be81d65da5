import { useState } from "react"

/**
 * State of a form in a drawer: its fields, whether a submit was tried (problems show only then),
 * and opening; closing the drawer forgets what was typed.
 */
export const useDrawerForm = <Form extends object>(empty: Form) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(empty)
  const [touched, setTouched] = useState(false)

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setForm(empty)
      setTouched(false)
    }
  }

  return {
    open,
    onOpenChange,
    close: () => onOpenChange(false),
    form,
    set: (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch })),
    touched,
    touch: () => setTouched(true),
  }
}
