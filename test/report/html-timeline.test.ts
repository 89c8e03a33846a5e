/**
 * The "Swarms over time" chart on long periods (issue #24 item 4): thousands of windows used to
 * make a 69,796 px wide SVG scaled down to 1.7 px tall, and 168 windows made its labels unreadable.
 * Now the chart keeps the page's width (consecutive windows share a column) and a time axis whose
 * ticks follow the span. Checked in headless Chromium, with screenshots for a human look
 * (written to $HS_SCREENSHOTS when set).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHTML } from '../../src/report/html/to-html.js';
import type { SwarmReport } from '../../src/report/types.js';
import { reportSmall } from '../fixtures/report-small.js';
import { SKIP_BROWSER, launchBrowser, openFile, type TestBrowser } from './browser.js';

const H = 3_600_000;

/**
 * reportSmall stretched over `count` windows of `stepMs` from `startMs`: s1 lives in the first
 * half, s2 in a middle stretch, s3 near the end (every third window), with their events moved along.
 */
function longReport(count: number, stepMs: number, startMs: number): SwarmReport {
  const base = reportSmall.windows[0]!;
  const range = (a: number, b: number, every = 1): number[] => Array.from({ length: Math.ceil((b - a) / every) }, (_, k) => a + k * every);
  const spans: Record<string, number[]> = {
    s1: range(0, Math.floor(count / 2)),
    s2: range(Math.floor(count / 3), Math.floor((2 * count) / 3)),
    s3: range(Math.floor((3 * count) / 4), count, 3),
  };
  const windows = range(0, count).map((k) => ({
    ...base, index: k, start: new Date(startMs + k * stepMs).toISOString(), end: new Date(startMs + k * stepMs + 4 * stepMs).toISOString(),
    posts: 20 + Math.round(30 * (1 + Math.sin(k / 40))), swarmIds: Object.keys(spans).filter((id) => spans[id]!.includes(k)),
  }));
  const swarms = reportSmall.swarms.map((s) => {
    const w = spans[s.id]!;
    return {
      ...s, windows: w, firstSeen: windows[w[0]!]!.start, lastSeen: windows[w[w.length - 1]!]!.end,
      events: s.events.map((e) => ({ ...e, window: e.type === 'death' ? w[w.length - 1]! : w[0]! })),
    };
  });
  return { ...reportSmall, windows, swarms };
}

interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly right: number;
  readonly columns: number;
  readonly perColumn: number;
  readonly labels: { readonly text: string; readonly left: number; readonly right: number; readonly height: number; readonly row: string }[];
}

/** Runs in the page (a string: the test files are compiled without the DOM types). */
const MEASURE = `(() => {
  const svg = document.getElementById('timeline-svg');
  const box = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll('text.tick, text.tick-context')].map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent || '', left: r.left, right: r.right, height: r.height, row: t.getAttribute('class') || '' };
  });
  return { width: box.width, height: box.height, right: box.right, columns: Number(svg.getAttribute('data-columns')),
    perColumn: Number(svg.getAttribute('data-windows-per-column')), labels };
})()`;

async function chart(page: Page): Promise<ChartGeometry> {
  return page.evaluate(MEASURE) as Promise<ChartGeometry>;
}

/** Labels of one row do not overlap, stay inside the chart and are at least 9 px tall on screen. */
function expectReadable(g: ChartGeometry): void {
  const labels = g.labels;
  for (const l of labels) expect(l.right, l.text).toBeLessThanOrEqual(g.right);
  for (const row of ['tick', 'tick-context']) {
    const inRow = labels.filter((l) => l.row === row).sort((a, b) => a.left - b.left);
    for (let i = 1; i < inRow.length; i++) expect(inRow[i]!.left, `${inRow[i - 1]!.text} | ${inRow[i]!.text}`).toBeGreaterThanOrEqual(inRow[i - 1]!.right);
  }
  for (const l of labels) expect(l.height, l.text).toBeGreaterThanOrEqual(9);
}

describe.skipIf(SKIP_BROWSER)('the swarm timeline on long periods, in headless Chromium', () => {
  let browser: TestBrowser;
  let dir: string;
  const shots = process.env['HS_SCREENSHOTS'];
  const open = async (name: string, report: SwarmReport): Promise<Page> => {
    const path = join(dir, `${name}.html`);
    writeFileSync(path, toHTML(report));
    const { page, log } = await openFile(browser, path);
    expect(log.errors).toEqual([]);
    if (shots !== undefined) await page.locator('#timeline').screenshot({ path: join(shots, `timeline-${name}.png`) });
    return page;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hs-timeline-'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps 4,975 windows (IRA, 2014–2018 at 6 h) within the page, tall enough to read, with year ticks', async () => {
    const page = await open('years', longReport(4975, 6 * H, Date.UTC(2014, 10, 3)));
    const g = await chart(page);
    expect(g.width).toBeLessThanOrEqual(1200);
    expect(g.height).toBeGreaterThan(100);
    expect(g.perColumn).toBeGreaterThan(1);
    expect(g.columns * g.perColumn).toBeGreaterThanOrEqual(4975);
    expect(g.columns).toBeLessThanOrEqual(250);
    const ticks = g.labels.filter((l) => l.row === 'tick').map((l) => l.text);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => /^(2015|2016|2017|2018)$/.test(t) || /^(Jan|Apr|Jul|Oct)$/.test(t))).toBe(true);
    expectReadable(g);
    // Every swarm still shows: cells in its row, its events drawn once per column.
    expect(await page.locator('#timeline-svg rect.cell').count()).toBeGreaterThan(100);
    expect(await page.locator('#timeline-svg .event-birth').count()).toBe(3);
    expect(await page.locator('#timeline').textContent()).toContain('consecutive windows (4,975 windows in all)');
    await page.close();
  });

  it('labels 168 windows (German elections, 6 weeks at 6 h) with readable day ticks and the year', async () => {
    const page = await open('weeks', longReport(168, 6 * H, Date.UTC(2021, 7, 15)));
    const g = await chart(page);
    expect(g.width).toBeLessThanOrEqual(1200);
    expect(g.height).toBeGreaterThan(100);
    expectReadable(g);
    expect(g.labels.filter((l) => l.row === 'tick-context').map((l) => l.text)).toEqual(['2021']);
    expect(g.labels.filter((l) => l.row === 'tick').every((l) => /^(Aug|Sep|Oct) \d+$/.test(l.text))).toBe(true);
    await page.close();
  });

  it('labels a few hours with clock times under the date', async () => {
    const page = await open('hours', longReport(36, 15 * 60_000, Date.UTC(2016, 1, 26, 22)));
    const g = await chart(page);
    expect(g.perColumn).toBe(1);
    expectReadable(g);
    expect(g.labels.filter((l) => l.row === 'tick-context').map((l) => l.text)).toEqual(['2016-02-26', '2016-02-27']);
    expect(g.labels.filter((l) => l.row === 'tick').every((l) => /^\d\d:\d\d$/.test(l.text))).toBe(true);
    await page.close();
  });
});
