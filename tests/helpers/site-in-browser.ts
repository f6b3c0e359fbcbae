// The setup every browser test of the site repeats: build (or reuse) a site,
// serve it as a CDN would, open Debian's Chromium once for the file, close both
// after. Call it at the top level of a test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../site/static-server.ts';
import { launchChromium } from './browser.ts';

export interface SiteInBrowser {
  /** The built site's folder. */
  readonly dist: string;
  /** Where the site is served, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll hooks; the returned values are readable inside tests. */
export function siteInBrowser(build: () => Promise<string>, timeoutMs = 240_000): SiteInBrowser {
  let dist: string | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    dist = await build();
    server = await serveStatic(dist);
    browser = await launchChromium();
  }, timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`siteInBrowser: the ${what} is not ready (did beforeAll fail?)`);
    return value;
  };
  return {
    get dist() {
      return ready(dist, 'site');
    },
    get origin() {
      return ready(server, 'server').origin;
    },
    get browser() {
      return ready(browser, 'browser');
    },
  };
}
