import type { Page } from "playwright-core";

export interface InstallabilityError {
  errorId: string;
  errorArguments: { name: string; value: string }[];
}

/**
 * Chromium's own verdict on whether the page's PWA can be installed (Lighthouse 12 dropped its PWA category):
 * `Page.getInstallabilityErrors` over CDP; `[]` means installable. Use a page from `launchPersistentChromium`.
 */
export async function getInstallabilityErrors(page: Page): Promise<InstallabilityError[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors } = await session.send("Page.getInstallabilityErrors");
    return installabilityErrors;
  } finally {
    await session.detach();
  }
}
