/**
 * Headless Chromium for the HTML report tests (Debian's /usr/bin/chromium,
 * driven by playwright-core). Browser tests are skipped only when Chromium is
 * absent AND not in CI; in CI they must run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** True when the browser tests must be skipped. */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && !process.env['CI'];

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];

/** A browser with a fresh profile directory (removed by `close`). */
export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a fresh `--user-data-dir` (playwright passes the mkdtemp directory). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<TestBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'hs-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: [...ARGS, ...extraArgs], headless: true, viewport: { width: 1300, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a page did while it loaded. */
export interface PageLog {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly requests: string[];
}

/** Open a file in a new page and record console errors, page errors, dialogs and requests. */
export async function openFile(browser: TestBrowser, path: string): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.context.newPage();
  const log: PageLog = { errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); void d.dismiss(); });
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(`file://${path}`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return { page, log };
}
