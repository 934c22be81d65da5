// Gzipped JS each entry point costs on first load: the chunk plus everything it imports statically, from dist/.
// `npm run sizes -w @tessera/storefront-pwa` after a build; pass chunk name prefixes to report those lazy chunks too.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const assets = join(dist, "assets");
const read = (file) => readFileSync(join(assets, file));
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g;

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, imported] of read(file).toString().matchAll(STATIC_IMPORT)) closure(imported, seen);
  return seen;
}

const gzipped = (files) => [...files].reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(dist, "index.html"), "utf8");
const entry = html.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
if (!entry) throw new Error("no entry script in dist/index.html");
const initial = closure(entry);
console.log(`initial (${entry} + static imports): ${kb(gzipped(initial))} gzipped, ${initial.size} files`);
const prefixes = process.argv.slice(2);
for (const file of readdirSync(assets).filter((name) => name.endsWith(".js")).sort()) {
  if (!prefixes.some((prefix) => file.startsWith(prefix))) continue;
  const extra = [...closure(file)].filter((name) => !initial.has(name));
  console.log(`${file}: +${kb(gzipped(extra))} gzipped beyond the initial load (${extra.join(", ")})`);
}
