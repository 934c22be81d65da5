import { Button, Drawer, Input, Label, Text } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useCreateUsher } from "../../../hooks/use-ushers"

const EMPTY = { name: "", email: "", password: "", phone: "" }
const MIN_PASSWORD = 8

/** What is wrong with the form, by field; the server checks again and names the field it refuses. */
const problemsOf = (form: typeof EMPTY) => ({
  name: form.name.trim() ? null : "A name is required.",
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()) ? null : "An email address is required.",
  password: form.password.length >= MIN_PASSWORD ? null : `At least ${MIN_PASSWORD} characters.`,
})

/** "New usher": a sign-in for the PWA's /usher with a password the admin hands over. */
export const CreateUsherDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [touched, setTouched] = useState(false)
  const { mutate: create, isPending } = useCreateUsher()
  const set = (patch: Partial<typeof EMPTY>) => setForm((current) => ({ ...current, ...patch }))
  const problems = problemsOf(form)

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setForm(EMPTY)
      setTouched(false)
    }
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (Object.values(problems).some(Boolean)) return
    const phone = form.phone.trim()
    create(
      { name: form.name.trim(), email: form.email.trim(), password: form.password, ...(phone ? { phone } : {}) },
      { onSuccess: () => handleOpenChange(false) }
    )
  }

  const field = (key: keyof typeof EMPTY, label: string, type = "text") => (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={`usher-${key}`}>{label}</Label>
      <Input
        id={`usher-${key}`}
        type={type}
        value={form[key]}
        maxLength={200}
        autoComplete={type === "password" ? "new-password" : "off"}
        aria-invalid={touched && key in problems && !!problems[key as keyof typeof problems]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {touched && key in problems && problems[key as keyof typeof problems] && (
        <Text size="small" className="text-ui-fg-error">
          {problems[key as keyof typeof problems]}
        </Text>
      )}
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={handleOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          New usher
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>New usher</Drawer.Title>
            <Drawer.Description>They sign in at /usher in the app with this email and password.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            {field("name", "Name")}
            {field("email", "Email", "email")}
            {field("password", "Password", "password")}
            {field("phone", "Phone (optional)", "tel")}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Create
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
