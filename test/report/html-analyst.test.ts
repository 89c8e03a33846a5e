/**
 * What an analyst needs from the HTML report (issue #24 item 10): a swarm table that fits the
 * page with a definition for every column, a detail per swarm (members, hashtags, activity over
 * time, significance in words), a searchable accounts table, the run's context in the header and
 * human durations instead of milliseconds. Checked in headless Chromium at 1280 px on a report of
 * a synthetic scenario, with screenshots for a human look (written to $HS_SCREENSHOTS when set).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { toHTML } from '../../src/report/html/to-html.js';
import type { SwarmReport } from '../../src/report/types.js';
import { generateScenario } from '../../src/synthetic/generate-scenario.js';
import { SKIP_BROWSER, launchBrowser, openFile, type PageLog, type TestBrowser } from './browser.js';

/** Runs in the page (a string: the test files are compiled without the DOM types). */
const HEADERS = `(() => [...document.querySelectorAll('#swarm-table-table thead th, #accounts-table-table thead th')].map((th) => ({
  text: (th.textContent || '').trim(), title: th.querySelector('button') ? th.querySelector('button').getAttribute('title') || '' : th.getAttribute('title') || '',
  table: th.closest('table').id, right: th.getBoundingClientRect().right, box: th.closest('section').getBoundingClientRect().right,
})))()`;

describe.skipIf(SKIP_BROWSER)('the HTML report for an analyst, in headless Chromium at 1280 px', () => {
  let browser: TestBrowser;
  let dir: string;
  let report: SwarmReport;
  let page: Page;
  let log: PageLog;
  const shots = process.env['HS_SCREENSHOTS'];
  const shot = async (name: string, selector?: string): Promise<void> => {
    if (shots === undefined) return;
    const path = join(shots, `analyst-${name}.png`);
    if (selector === undefined) await page.screenshot({ path, fullPage: true });
    else await page.locator(selector).screenshot({ path });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hs-analyst-'));
    report = await analyze(generateScenario({ scenario: 'easy', seed: 1, accounts: 300, days: 2 }).posts);
    const path = join(dir, 'report.html');
    writeFileSync(path, toHTML(report, { input: 'easy-300.ndjson' }));
    browser = await launchBrowser();
    ({ page, log } = await openFile(browser, path));
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws every view without errors and without horizontal page overflow', async () => {
    expect(report.swarms.length).toBeGreaterThan(2);
    expect(log.errors).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await shot('page');
  });

  it('shows the run in the header: input, period, records read, windows and the generator version', async () => {
    const header = await page.locator('header.top').textContent() ?? '';
    expect(header).toContain(report.windows[0]!.start.slice(0, 10));
    expect(header).toContain(`${report.input.records.toLocaleString('en-US')} records`);
    expect(header).toContain('windows of 1 d every 6 h');
    expect(header).toContain(`hashtag-swarms ${report.generator.version}`);
    expect(header).toContain('Input easy-300.ndjson');
  });

  it('names every column in words, defines it (tooltip and list) and keeps it on screen', async () => {
    const heads = await page.evaluate(HEADERS) as { text: string; title: string; table: string; right: number; box: number }[];
    expect(heads.filter((x) => x.table === 'swarm-table-table').length).toBeGreaterThanOrEqual(8);
    expect(heads.filter((x) => x.table === 'accounts-table-table').length).toBeGreaterThanOrEqual(4);
    const defined = await page.locator('#swarm-columns dt').allTextContents();
    for (const x of heads) {
      expect(x.title.length, x.text).toBeGreaterThan(10);
      expect(x.text, 'camelCase header').not.toMatch(/[a-z][A-Z]/);
      expect(x.right, `${x.text} off its section`).toBeLessThanOrEqual(x.box);
      if (x.table === 'swarm-table-table' && x.text !== '') expect(defined, x.text).toContain(x.text);
    }
  });

  it('opens a swarm: its members, hashtags, activity over time and significance in words', async () => {
    const swarm = report.swarms[0]!;
    await page.locator('#swarm-table-table tbody tr.row', { hasText: swarm.id }).first().click();
    const detail = page.locator('#swarm-table-table tr.detail').first();
    await detail.waitFor();
    expect(await detail.locator('.members tbody tr').count()).toBe(swarm.members.length);
    const members = await detail.locator('.members tbody tr td:first-child').allTextContents();
    expect(members.sort()).toEqual([...swarm.members].sort());
    expect(await detail.locator('.hashtags tbody tr').count()).toBe(Math.min(20, swarm.hashtags.length));
    expect(await detail.locator('svg.activity rect.present').count()).toBe(swarm.windows.length);
    const words = await detail.locator('.evidence').textContent() ?? '';
    expect(words).toContain('episodes');
    expect(words).toContain(`${swarm.significance.edges} edges`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await shot('swarm-detail', '#swarms');
    // The keyboard opens and closes a swarm too.
    const second = page.locator('#swarm-table-table tbody tr.row').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#swarm-table-table tr.detail').count()).toBe(2);
    await page.keyboard.press('Enter');
    expect(await page.locator('#swarm-table-table tr.detail').count()).toBe(1);
    await detail.locator('button.link', { hasText: 'accounts table' }).click();
    expect(await page.inputValue('#accounts-filter')).toBe(swarm.id);
    const listed = await page.locator('#accounts-table-table tbody tr td:first-child').allTextContents();
    expect(listed.sort()).toEqual([...swarm.members].sort().slice(0, 200));
    await page.fill('#accounts-filter', '');
  });

  it('filters the accounts table by text', async () => {
    const target = report.swarms[0]!.members[0]!;
    const all = await page.locator('#accounts-table-table tbody tr').count();
    expect(all).toBe(Math.min(200, report.accounts.length));
    await page.fill('#accounts-filter', target);
    const names = await page.locator('#accounts-table-table tbody tr td:first-child').allTextContents();
    expect(names).toContain(target);
    expect(names.every((n) => n.toLowerCase().includes(target.toLowerCase()))).toBe(true);
    expect(await page.locator('#accounts-count').textContent()).toMatch(/of 300 accounts/);
    await page.fill('#accounts-filter', 'no account is called this');
    expect(await page.locator('#accounts-table-table tbody tr').count()).toBe(0);
    await page.fill('#accounts-filter', report.swarms[0]!.id);
    expect(await page.locator('#accounts-table-table tbody tr').count()).toBeGreaterThan(0);
    await page.fill('#accounts-filter', '');
    await shot('accounts', '#accounts');
  });

  it('writes durations in words, never raw milliseconds', async () => {
    await page.locator('#overview details summary').click();
    const text = await page.evaluate('document.body.innerText') as string;
    expect(text).not.toMatch(/\d\s*ms\b/);
    expect(text).not.toMatch(/86,?400,?000|21,?600,?000/);
    expect(await page.locator('#options').textContent()).toContain('1 d');
    await shot('overview', '#overview');
  });
});
