import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const PWA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PWA_DIST = join(PWA_DIR, "dist");
const SOURCES = ["index.html", "vite.config.ts", "package.json", "src", "public"];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds the PWA (`npm run build -w @tessera/storefront-pwa`) unless dist/ is newer than every source file. */
export async function ensurePwaBuild(): Promise<string> {
  const built = await stat(join(PWA_DIST, "sw.js")).then((info) => info.mtimeMs, () => 0);
  const sources = await Promise.all(SOURCES.map((source) => newestMtime(join(PWA_DIR, source))));
  if (built > Math.max(...sources)) return PWA_DIST;
  await promisify(execFile)("npm", ["run", "build", "-w", "@tessera/storefront-pwa"], {
    cwd: resolve(PWA_DIR, ".."),
    // Test runners set NODE_ENV=test, which would give a development build (e.g. Lit's dev mode).
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return PWA_DIST;
}
