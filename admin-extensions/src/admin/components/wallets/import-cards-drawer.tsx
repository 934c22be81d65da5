import { Label, Select, Text } from "@medusajs/ui"
import { type ChangeEvent, useState } from "react"
import { type CardImport, useImportCards } from "../../hooks/use-cards"
import { FieldError } from "../common/field-error"
import { FormDrawer } from "../common/form-drawer"

/** What the API takes in one request (characters of CSV). */
const MAX_CSV_CHARS = 2_000_000

/** Reads a CSV of serial numbers (first column; a header line is fine) and adds them as cards in stock. */
export const ImportCardsDrawer = () => {
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null)
  const [kind, setKind] = useState<CardImport["kind"]>("wristband")
  const [problem, setProblem] = useState<string | null>(null)
  const { mutate: importCards, isPending } = useImportCards()

  const handleOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setFile(null)
      setProblem(null)
    }
  }

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    setFile(null)
    setProblem(null)
    if (!chosen) return
    const csv = await chosen.text()
    if (!csv.trim()) setProblem("The file is empty.")
    else if (csv.length > MAX_CSV_CHARS) setProblem("The file is too large: import at most 2 MB at a time.")
    else setFile({ name: chosen.name, csv })
  }

  const handleSubmit = () => {
    if (!file) {
      setProblem(problem ?? "Choose a CSV file first.")
      return
    }
    importCards({ csv: file.csv, kind }, { onSuccess: () => handleOpenChange(false) })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={handleOpenChange}
      trigger="Import CSV"
      title="Import cards"
      description="One serial number (NFC UID, hex, bare or colon-separated) per line in the first column. Serial numbers already known are skipped; a bad line refuses the whole file."
      submitLabel="Import"
      isPending={isPending}
      submitDisabled={!file}
      onSubmit={handleSubmit}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="import-cards-file">CSV file</Label>
        <input
          id="import-cards-file"
          name="csv"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(event) => void handleFile(event)}
          className="txt-compact-small text-ui-fg-subtle"
        />
        {file && (
          <Text size="small" className="text-ui-fg-subtle">
            {file.name}: {file.csv.split(/\r?\n/).filter((line) => line.trim()).length} lines
          </Text>
        )}
        <FieldError>{problem}</FieldError>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="import-cards-kind">Kind</Label>
        <Select value={kind} onValueChange={(value) => setKind(value as CardImport["kind"])}>
          <Select.Trigger id="import-cards-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="wristband">Wristbands</Select.Item>
            <Select.Item value="card">Cards</Select.Item>
          </Select.Content>
        </Select>
      </div>
    </FormDrawer>
  )
}
