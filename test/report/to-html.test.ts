import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors.js';
import { jsonForScript, toHTML } from '../../src/report/html/to-html.js';
import type { SwarmReport } from '../../src/report/types.js';
import { FIXTURE_BAIT, reportSmall } from '../fixtures/report-small.js';
import type { Page } from 'playwright-core';
import { SKIP_BROWSER, launchBrowser, openFile, type PageLog, type TestBrowser } from './browser.js';

const BAIT = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</script>', "'><svg onload=alert(2)>"];

/** The fixture with every account and hashtag renamed to XSS bait. */
function xssReport(): SwarmReport {
  const names = new Map(reportSmall.accounts.map((a, i) => [a.account, `${BAIT[i % BAIT.length]}${i}`]));
  const rename = (n: string): string => names.get(n) ?? n;
  return {
    ...reportSmall,
    swarms: reportSmall.swarms.map((s) => ({
      ...s, members: s.members.map(rename), coreMembers: s.coreMembers.map(rename),
      hashtags: s.hashtags.map((h, i) => ({ ...h, hashtag: `${BAIT[i % BAIT.length]}` })),
      group: s.group === null ? null : { ...s.group, strongestMember: s.group.strongestMember === null ? null : { ...s.group.strongestMember, account: rename(s.group.strongestMember.account) } },
    })),
    accounts: reportSmall.accounts.map((a) => ({ ...a, account: rename(a.account) })),
    edges: reportSmall.edges.map((e) => ({ ...e, source: rename(e.source), target: rename(e.target) })),
    input: { ...reportSmall.input, firstRejected: reportSmall.input.firstRejected.map((r, i) => ({ ...r, received: BAIT[i]!, message: BAIT[i + 1]! })) },
  };
}

describe('jsonForScript', () => {
  it('returns JSON without <, >, & or line separators that parses to the same value', () => {
    const value = { a: '</script><!--&\u2028\u2029', b: [1, -2.5, null] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('toHTML', () => {
  const html = toHTML(reportSmall);

  it('returns one self-contained page: no external script, style, image or link', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<(script|img|iframe|link)\b[^>]*\b(src|href)=/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  });

  it('returns a page where data cannot close the script blocks', () => {
    const page = toHTML(xssReport());
    const scripts = (page.match(/<script\b/gi) ?? []).length;
    expect((page.match(/<\/script>/gi) ?? []).length).toBe(scripts);
    for (const bait of BAIT.filter((b) => b !== '</script>')) expect(page.includes(bait)).toBe(false);
    const data = page.slice(page.indexOf('id="report-data">'), page.indexOf('</script>', page.indexOf('id="report-data">')));
    expect(data.includes('<', 1)).toBe(false);
  });

  it('names the input only when given, inside the escaped data', () => {
    expect(html).toContain('"input":null');
    const named = toHTML(reportSmall, { input: '<b>posts</b>.csv' });
    expect(named).toContain('"input":"\\u003cb\\u003eposts\\u003c/b\\u003e.csv"');
    expect(named.includes('<b>posts')).toBe(false);
  });

  it('returns the same page for the same report', () => {
    expect(toHTML(reportSmall)).toBe(html);
  });

  it('throws InvalidOptionsError for bad options', () => {
    for (const bad of [{ maxNetworkNodes: -1 }, { maxNetworkSwarms: 1.5 }, { title: 3 }, { input: null }, { colour: 'red' }]) {
      const call = () => toHTML(reportSmall, bad as never);
      expect(call).toThrow(InvalidOptionsError);
      try { call(); } catch (e) { expect((e as InvalidOptionsError).code).toBe('invalid-options'); }
    }
  });
});

describe.skipIf(SKIP_BROWSER)('toHTML in headless Chromium', () => {
  let browser: TestBrowser;
  let dir: string;
  let page: Page;
  let log: PageLog;
  let path: string;
  const write = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hs-html-'));
    browser = await launchBrowser();
    path = write('report.html', toHTML(reportSmall));
    ({ page, log } = await openFile(browser, path));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders without console errors or network requests', async () => {
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([`file://${path}`]);
    expect(await page.locator('#cards .card').count()).toBeGreaterThanOrEqual(7);
  });

  it('renders the timeline with one cell per swarm window and the events', async () => {
    const cells = reportSmall.swarms.reduce((n, s) => n + s.windows.length, 0);
    expect(await page.locator('#timeline-svg rect.cell').count()).toBe(cells);
    expect(await page.locator('#timeline-svg .event-birth').count()).toBe(3);
    expect(await page.locator('#timeline-svg .event-merge').count()).toBe(1);
    expect(await page.locator('#timeline-svg .event-split').count()).toBe(1);
    expect(await page.locator('#timeline-svg .event-death').count()).toBe(1);
    expect(await page.locator('#timeline-svg path.link').count()).toBe(2);
  });

  it('renders the network with sigma, visibly (non-blank pixels in its panel)', async () => {
    expect(await page.getAttribute('#network', 'data-renderer')).toBe('sigma');
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
    const png = PNG.sync.read(await page.locator('#network').screenshot());
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 225 || png.data[i + 1]! < 225 || png.data[i + 2]! < 225) ink++;
    expect(ink).toBeGreaterThan(400);
    // the panel is not one solid colour either (a broken WebGL fill would be)
    expect(ink).toBeLessThan(png.width * png.height * 0.5);
  });

  it('renders the scatter and a sortable swarm table', async () => {
    expect(await page.locator('#scatter-svg circle.point').count()).toBe(reportSmall.swarms.length);
    const firstIds = async (): Promise<string[]> => page.locator('#swarm-table-table tbody tr td:first-child').allTextContents();
    expect(await firstIds()).toEqual(['s1', 's2', 's3']);
    const header = page.locator('#swarm-table-table thead th', { hasText: 'Group influence' }).locator('button');
    await header.click();
    expect(await firstIds()).toEqual(['s1', 's2', 's3']);
    await header.click();
    expect(await firstIds()).toEqual(['s3', 's2', 's1']);
    expect(await page.locator('#swarm-table-table').textContent()).toContain(FIXTURE_BAIT.script);
  });

  it('executes nothing from account names, hashtags or rejected records', async () => {
    const xss = await openFile(browser, write('xss.html', toHTML(xssReport())));
    await xss.page.locator('#rejected details summary').click();
    // The swarm details and the accounts table draw names too (members, hashtags, filter results).
    for (let i = 0; i < reportSmall.swarms.length; i++) await xss.page.locator('#swarm-table-table tbody tr.row').nth(i).click();
    expect(await xss.page.locator('#swarm-table-table tr.detail').count()).toBe(reportSmall.swarms.length);
    await xss.page.fill('#accounts-filter', '<');
    expect(await xss.page.locator('#accounts-table-table tbody tr').count()).toBeGreaterThan(0);
    await xss.page.hover('#network canvas:last-of-type');
    await xss.page.waitForTimeout(300);
    expect(xss.log.dialogs).toEqual([]);
    expect(xss.log.errors).toEqual([]);
    expect(xss.log.requests).toHaveLength(1);
    expect(await xss.page.locator('img, iframe, svg[onload]').count()).toBe(0);
    const text = await xss.page.locator('body').textContent();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"><img src=x onerror=alert(1)>');
    await xss.page.close();
  });
});

describe.skipIf(SKIP_BROWSER)('toHTML in headless Chromium without WebGL', () => {
  it('draws a static network instead, without errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-html-nogl-'));
    const browser = await launchBrowser(['--disable-webgl']);
    try {
      const path = join(dir, 'report.html');
      writeFileSync(path, toHTML(reportSmall));
      const { page, log } = await openFile(browser, path);
      expect(await page.getAttribute('#network', 'data-renderer')).toBe('canvas');
      expect(log.errors).toEqual([]);
      expect(await page.locator('#network').textContent()).toContain('WebGL is unavailable');
      expect(await page.locator('#timeline-svg rect.cell').count()).toBeGreaterThan(0);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
