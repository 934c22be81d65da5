import { MedusaError } from "@medusajs/framework/utils"
import { normaliseSerialNumber } from "@tessera/credentials/codec"
import { fieldError } from "../../../modules/wallet/utils/field-error"

const HEADER = /^\s*"?serial/i

/**
 * Serial numbers from a CSV (first column), normalised to the codec's lowercase hex. A first line
 * naming the column is skipped, blank lines too; any other bad line refuses the whole file, naming
 * the line, so an import is all or nothing. Duplicates within the file collapse to one.
 */
export function serialNumbersFromCsv(csv: string): string[] {
  const serials = new Set<string>()
  for (const [index, line] of csv.split(/\r?\n/).entries()) {
    const cell = line.split(/[,;\t]/)[0]?.trim().replace(/^"|"$/g, "") ?? ""
    if (!cell || (index === 0 && HEADER.test(line))) continue
    try {
      serials.add(normaliseSerialNumber(cell))
    } catch {
      throw fieldError(MedusaError.Types.INVALID_DATA, "csv", `line ${index + 1}: "${cell}" is not an NFC serial number (hex bytes, at most 10)`)
    }
  }
  if (!serials.size) throw fieldError(MedusaError.Types.INVALID_DATA, "csv", "the file holds no serial numbers")
  return [...serials]
}
