const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})

/** Localised date and time, or "-" when the moment hasn't happened. */
export const formatDateTime = (value: string | null): string =>
  value ? dateTimeFormat.format(new Date(value)) : "-"

/** Keeps both ends of a long identifier visible: `abcdefgh…wxyz`. */
export const truncateMiddle = (value: string, head = 10, tail = 6): string =>
  value.length <= head + tail + 1 ? value : `${value.slice(0, head)}…${value.slice(-tail)}`

/** An API code such as `already_admitted` in words: "Already admitted". */
export const humanizeCode = (code: string): string => {
  const words = code.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}
