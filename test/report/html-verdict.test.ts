/**
 * One influence story in the HTML report (issue #24 item 7), in headless Chromium: the note under
 * "Together vs alone" counts the swarms that reach more accounts together than their strongest
 * member alone and, among them, the collective influencers; the swarm table has a verdict column
 * that agrees with the report (every "yes" row has group influence above its member alone); and a
 * swarm's detail lists the verdict's reasons criterion by criterion, not only the JSON. Screenshots
 * go to $HS_SCREENSHOTS when set.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { swarmHeadlines } from '../../src/report/swarm-headlines.js';
import { toHTML } from '../../src/report/html/to-html.js';
import type { SwarmReport } from '../../src/report/types.js';
import { generateScenario } from '../../src/synthetic/generate-scenario.js';
import { SKIP_BROWSER, launchBrowser, openFile, type PageLog, type TestBrowser } from './browser.js';

describe.skipIf(SKIP_BROWSER)('the HTML report tells one influence story, in headless Chromium', () => {
  let browser: TestBrowser;
  let dir: string;
  let report: SwarmReport;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hs-verdict-'));
    // Two planted swarms (adoption response γ = 2 and γ = 1): one is judged a collective influencer, one not.
    report = await analyze(generateScenario({ scenario: 'easy', seed: 1, accounts: 400, days: 2, swarms: 2, adoptionGammas: [2, 1], adoptionScale: 1, swarmSizeMin: 10, swarmSizeMax: 14 }).posts);
    const path = join(dir, 'report.html');
    writeFileSync(path, toHTML(report, { input: 'two-swarms.ndjson' }));
    browser = await launchBrowser();
    ({ page, log } = await openFile(browser, path));
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts, in the note, the swarms that reach more together and the collective influencers among them, as the table shows them', async () => {
    expect(log.errors).toEqual([]);
    const heads = swarmHeadlines(report);
    const judged = heads.filter((x) => x.collectiveInfluencer === true);
    expect(judged.length).toBeGreaterThanOrEqual(1);
    expect(heads.length - judged.length).toBeGreaterThanOrEqual(1);
    for (const x of judged) expect(x.groupInfluence!, x.swarmId).toBeGreaterThan(x.memberInfluence!);
    const above = heads.filter((x) => x.reachesMoreTogether === true).length;
    const note = await page.locator('#scatter-verdict').textContent() ?? '';
    expect(note).toContain(`${above} of ${heads.length} swarms reach more accounts together than their strongest member alone; ${judged.length} of them ${judged.length === 1 ? 'is' : 'are'} judged a collective influencer`);

    const table = page.locator('#swarm-table-table');
    const labels = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    const col = labels.indexOf('Collective');
    expect(col, labels.join(' | ')).toBeGreaterThan(0);
    const groupCol = labels.indexOf('Group influence');
    const aloneCol = labels.indexOf('Member alone');
    const rows = table.locator('tbody tr.row');
    const yes: string[] = [];
    for (let i = 0; i < await rows.count(); i++) {
      const cells = (await rows.nth(i).locator('td').allTextContents()).map((t) => t.trim());
      expect(['yes', 'no']).toContain(cells[col]);
      if (cells[col] === 'yes') {
        yes.push(cells[0]!);
        expect(Number(cells[groupCol]), cells.join(' | ')).toBeGreaterThan(Number(cells[aloneCol]));
      }
    }
    expect(yes.sort()).toEqual(judged.map((x) => x.swarmId).sort());
    const section = await page.locator('#swarms').evaluate((el) => el.getBoundingClientRect().right);
    const right = await table.locator('thead th').nth(col).evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(section);
    if (process.env['HS_SCREENSHOTS'] !== undefined) await page.locator('#scatter').screenshot({ path: join(process.env['HS_SCREENSHOTS'], 'verdict-scatter.png') });
  });

  it("lists the verdict's reasons in a swarm's detail, one criterion a line with its numbers", async () => {
    for (const x of swarmHeadlines(report)) {
      await page.locator('#swarm-table-table tbody tr.row', { hasText: x.swarmId }).first().click();
      const detail = page.locator(`#swarm-table-table tr.detail .swarm-detail[data-swarm="${x.swarmId}"]`);
      await detail.waitFor();
      const head = await detail.locator('.verdict-head').textContent() ?? '';
      expect(head).toMatch(x.collectiveInfluencer ? /^Yes: a collective influencer/ : /^No: not a collective influencer/);
      const items = detail.locator('ul.reasons li');
      expect(await items.count()).toBe(x.reasons.length);
      const codes = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      expect(codes).toEqual(x.reasons.map((r) => r.split(':')[0]));
      const texts = await items.allTextContents();
      // Each reason in words, with the numbers of the JSON line.
      x.reasons.forEach((r, i) => expect(texts[i]).toContain(r.slice(r.indexOf(': ') + 2)));
      expect(texts.at(-1)).toMatch(/strongest member alone/);
      // a failed criterion is marked as failed
      const failed = await detail.locator('ul.reasons li.fail').count();
      expect(failed === 0).toBe(x.collectiveInfluencer === true);
      if (process.env['HS_SCREENSHOTS'] !== undefined) await detail.screenshot({ path: join(process.env['HS_SCREENSHOTS'], `verdict-${x.swarmId}.png`) });
    }
  });
});
