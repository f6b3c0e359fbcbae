import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the background services that would try to
 * reach the network switched off (this machine's network is closed). Never a
 * downloaded browser build.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
