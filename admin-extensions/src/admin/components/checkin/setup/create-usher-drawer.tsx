import { Input, Label } from "@medusajs/ui"
import { useDrawerForm } from "../../../hooks/use-drawer-form"
import { useCreateUsher } from "../../../hooks/use-ushers"
import { FieldError } from "../../common/field-error"
import { FormDrawer } from "../../common/form-drawer"

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
  const drawer = useDrawerForm(EMPTY)
  const { form, set, touched } = drawer
  const { mutate: create, isPending } = useCreateUsher()
  const problems = problemsOf(form)

  const handleSubmit = () => {
    drawer.touch()
    if (Object.values(problems).some(Boolean)) return
    const phone = form.phone.trim()
    create(
      { name: form.name.trim(), email: form.email.trim(), password: form.password, ...(phone ? { phone } : {}) },
      { onSuccess: drawer.close }
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
      <FieldError>{touched && key in problems && problems[key as keyof typeof problems]}</FieldError>
    </div>
  )

  return (
    <FormDrawer
      open={drawer.open}
      onOpenChange={drawer.onOpenChange}
      trigger="New usher"
      title="New usher"
      description="They sign in at /usher in the app with this email and password."
      submitLabel="Create"
      isPending={isPending}
      onSubmit={handleSubmit}
    >
      {field("name", "Name")}
      {field("email", "Email", "email")}
      {field("password", "Password", "password")}
      {field("phone", "Phone (optional)", "tel")}
    </FormDrawer>
  )
}
