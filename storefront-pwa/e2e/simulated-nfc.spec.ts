import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import { bytesToBase64Url, bytesToHex, generateSigningKey, signCredential, toQrText } from "@tessera/credentials/codec";
import { servePwa, type ServedPwa } from "../server/serve-pwa.mjs";
import { describeInBrowser, launchChromium } from "./chromium.js";
import { installSimulatedNfc, tapTag, writtenTags } from "./simulated-nfc.js";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "simulated-nfc");

describeInBrowser("simulated NFC reader (tessera-nfc-tap) in the browser", () => {
  let outDir: string;
  let server: ServedPwa;
  let browser: Browser;
  let context: BrowserContext;
  let credential: Uint8Array;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "tessera-simulated-nfc-"));
    await build({ configFile: false, root: FIXTURE, logLevel: "warn", build: { outDir, emptyOutDir: true, target: "es2022" } });
    server = await servePwa({ distDir: outDir });
    browser = await launchChromium();
    const key = await generateSigningKey();
    credential = await signCredential({ kind: "ticket", id: "tkt_01JABCDEFGHJKMNPQRSTVWXYZ0", version: 2 }, key);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  afterEach(async () => context?.close());

  async function open(settings = {}): Promise<Page> {
    context = await browser.newContext();
    await installSimulatedNfc(context, settings);
    const page = await context.newPage();
    await page.goto(server.url);
    return page;
  }

  const reads = (page: Page) => page.locator("#reads li").allTextContents();

  it("should deliver taps as reads and drop the same tag within 1 s", async () => {
    const page = await open();
    await page.locator("#nfc-status", { hasText: "listening" }).waitFor();

    await tapTag(page, { nfc: bytesToBase64Url(credential), serial_number: "04:A2:B3:C4:D5:E6:80" });
    await tapTag(page, { nfc: bytesToBase64Url(credential), serial_number: "04:A2:B3:C4:D5:E6:80" });
    await tapTag(page, { qr: toQrText(credential) });
    await tapTag(page, { serial_number: "04:11:22:33" });
    await tapTag(page, { qr: "not a code" });
    await page.locator("#reads li").nth(1).waitFor();
    expect(await reads(page)).toEqual([`simulated ${bytesToHex(credential)} 04a2b3c4d5e680`, "simulated - 04112233"]);

    await page.waitForTimeout(1050);
    await tapTag(page, { qr: toQrText(credential) });
    await page.locator("#reads li").nth(2).waitFor();
    expect((await reads(page))[2]).toBe(`simulated ${bytesToHex(credential)} -`);
  });

  it("should read a keyboard-wedge burst ended by Enter, not slow typing", async () => {
    const page = await open();
    await page.locator("#nfc-status", { hasText: "listening" }).waitFor();
    await page.keyboard.type("04A2B3C4", { delay: 150 });
    await page.keyboard.press("Enter");
    await page.keyboard.type(`${toQrText(credential)}`, { delay: 0 });
    await page.keyboard.press("Enter");
    await page.locator("#reads li").first().waitFor();
    expect(await reads(page)).toEqual([`wedge ${bytesToHex(credential)} -`]);
  });

  it("should write the credential record through the simulated writer", async () => {
    const page = await open();
    await page.locator("#write").click();
    await page.locator("#write-status", { hasText: "written" }).waitFor();
    expect(await writtenTags(page)).toEqual([{ nfc: bytesToBase64Url(Uint8Array.of(1, 2, 3)), read_only: true }]);
  });

  it.each([
    ["off", "NFC is switched off"],
    ["not-permitted", "Permission was refused"],
  ])("should report NFC %s plainly", async (failure, message) => {
    const page = await open({ failure });
    await page.locator("#nfc-status", { hasText: failure }).waitFor();
    expect(await page.locator("#message").textContent()).toContain(message);
  });

  it("should report unsupported where there is neither Web NFC nor the simulation", async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("#nfc-status", { hasText: "unsupported" }).waitFor();
    await page.locator("#write-status", { hasText: "unsupported" }).waitFor();
  });
});
