/**
 * A small stand-in for `qs.stringify`, which `@medusajs/js-sdk` calls as `stringify(query, { skipNulls: true })`
 * to build request URLs. vite.config.ts aliases `qs` to this module for the browser bundle: the real `qs` pulls
 * in ~10 kB gzipped of polyfill helpers (side-channel, get-intrinsic, object-inspect) that a modern browser
 * does not need. Output follows qs's defaults, which Medusa parses: nested keys in brackets, arrays by index
 * (`fields[0]=a`), brackets percent-encoded, Dates as ISO strings, null/undefined skipped, empty arrays and
 * objects omitted.
 */
export interface StringifyOptions {
  skipNulls?: boolean;
}

function append(pairs: string[], key: string, value: unknown, skipNulls: boolean): void {
  if (value === undefined) return;
  if (value === null) {
    if (!skipNulls) pairs.push(encodeURIComponent(key));
    return;
  }
  if (value instanceof Date) {
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value.toISOString())}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => append(pairs, `${key}[${index}]`, item, skipNulls));
  } else if (typeof value === "object") {
    for (const [child, item] of Object.entries(value)) append(pairs, `${key}[${child}]`, item, skipNulls);
  } else {
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
}

export function stringify(query: unknown, options: StringifyOptions = {}): string {
  if (typeof query !== "object" || query === null) return "";
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) append(pairs, key, value, options.skipNulls ?? false);
  return pairs.join("&");
}

export default { stringify };
