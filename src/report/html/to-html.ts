/**
 * HTML writer: one self-contained page (no network request; scripts, styles and
 * data inlined) with an overview, the swarm timeline, the network of the top
 * swarms (sigma.js), group-versus-member influence, a sortable swarm table with
 * column definitions and a detail per swarm (members, hashtags, activity,
 * evidence), a searchable accounts table and the rejected records.
 *
 * Safety: the data sits in a `<script type="application/json">` block with `<`,
 * `>`, `&`, U+2028 and U+2029 escaped, so no account name or hashtag can close
 * the block; the page script inserts every text with `textContent`; and a
 * Content-Security-Policy allows only the page's own scripts (by SHA-256 hash)
 * and no connection, image or frame from anywhere.
 */
import { createHash } from 'node:crypto';
import { checkKnownKeys, checkNumber, checkOptionsObject } from '../../_lib/options.js';
import { InvalidOptionsError } from '../../errors.js';
import { browserBundles } from './browser-bundles.js';
import { CLIENT_CORE } from './html-client-core.js';
import { CLIENT_DETAIL } from './html-client-detail.js';
import { CLIENT_NETWORK } from './html-client-network.js';
import { CLIENT_SCATTER } from './html-client-scatter.js';
import { CLIENT_TIMELINE } from './html-client-timeline.js';
import { buildHtmlModel } from './html-model.js';
import { HTML_STYLE } from './html-style.js';
import type { SwarmReport } from '../types.js';

/** Options of {@link toHTML}. */
export interface ToHtmlOptions {
  /** Page title. @default 'hashtag-swarms report' */
  readonly title?: string;
  /** Most swarms in the network view. @default 12 */
  readonly maxNetworkSwarms?: number;
  /** Most accounts in the network view (whole swarms are added while they fit). @default 1500 */
  readonly maxNetworkNodes?: number;
  /**
   * Name of the input the report was made from (e.g. the file name), shown in the page header: the
   * report itself does not hold it. Empty: the header says the input is not recorded. @default ''
   */
  readonly input?: string;
}

/** {@link ToHtmlOptions} with defaults applied. */
export type ResolvedToHtmlOptions = Required<ToHtmlOptions>;

/** Defaults of {@link toHTML}. */
export const DEFAULT_TO_HTML_OPTIONS: ResolvedToHtmlOptions = Object.freeze({ title: 'hashtag-swarms report', maxNetworkSwarms: 12, maxNetworkNodes: 1500, input: '' });

/**
 * Validate {@link ToHtmlOptions}.
 * @param options the options.
 * @returns the resolved options.
 * @throws InvalidOptionsError (`invalid-options`) naming the option, the value and what is accepted.
 */
export function resolveToHtmlOptions(options: ToHtmlOptions = {}): ResolvedToHtmlOptions {
  const given = checkOptionsObject('report', options);
  checkKnownKeys('report', given, Object.keys(DEFAULT_TO_HTML_OPTIONS));
  const o = { ...DEFAULT_TO_HTML_OPTIONS, ...given } as ResolvedToHtmlOptions;
  if (typeof o.title !== 'string') throw new InvalidOptionsError('report', 'title', o.title, 'a string');
  if (typeof o.input !== 'string') throw new InvalidOptionsError('report', 'input', o.input, 'a string');
  checkNumber('report', 'maxNetworkSwarms', o.maxNetworkSwarms, { integer: true, min: 0 });
  checkNumber('report', 'maxNetworkNodes', o.maxNetworkNodes, { integer: true, min: 0 });
  return o;
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&`, U+2028
 * and U+2029 escaped as `\uXXXX` (still valid JSON, parses to the same value).
 * @param value any JSON-serialisable value.
 * @returns the escaped JSON text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Inline library code cannot end the script element early. */
const inlineScript = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeText = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BODY = `
<header class="top"><h1 id="title"></h1><p id="period"></p><p id="generated" class="sub"></p></header>
<main>
<section id="overview"><h2>Overview</h2><p class="lede">What was read and what was found.</p><div class="cards" id="cards"></div>
<details><summary>Options of this run</summary><div id="options"></div></details></section>
<section id="timeline"><h2>Swarms over time</h2><p class="lede">One row per swarm, one column per window (per group of consecutive windows on long periods): when each swarm was active, and where it was born, merged, split or died.</p><div id="timeline-chart"></div></section>
<div class="grid2">
<section id="network-section"><h2>Network of the largest swarms</h2><p class="lede">Accounts joined by significant co-occurrence. Hover an account; click a swarm below to isolate it; scroll to zoom, drag to pan.</p>
<div id="network"><div id="network-canvas"></div><div id="node-info" aria-live="polite"></div></div><div class="legend" id="network-legend"></div></section>
<section id="scatter"><h2>Together vs alone</h2><p class="lede">Each swarm's group influence against its strongest member's individual influence.</p><div id="scatter-chart"></div></section>
</div>
<section id="swarms"><h2>Swarms</h2><p class="lede">Click a row for the swarm's members, hashtags, activity over time and the evidence; click a column header to sort. Hover a header for its meaning, or open the list under the table.</p><div class="scroll" id="swarm-table"></div></section>
<section id="accounts"><h2>Accounts</h2><p class="lede">Every account in a swarm and the most active others, with their individual influence. Type part of a name, or a swarm id, to filter; click a header to sort.</p><div id="accounts-body"></div></section>
<section id="rejected"><h2>Rejected records</h2><p class="lede">Records that could not become posts, by reason.</p><div id="rejected-body"></div></section>
</main>
<footer id="footer"></footer>`;

const START = `
document.getElementById('title').textContent = document.title;
document.getElementById('footer').textContent = 'Generated by ' + DATA.generator + ' \\u00b7 report schema 1 \\u00b7 self-contained file, no network access';
safely('overview', renderOverview); safely('timeline', renderTimeline); safely('network-section', renderNetwork);
safely('scatter', renderScatter); safely('swarms', renderSwarmTable); safely('accounts', renderAccounts); safely('rejected', renderRejected);
document.body.setAttribute('data-ready', '1');`;

/**
 * Render the report as one self-contained HTML page.
 * @param report the report of {@link analyze}.
 * @param options title, network-view limits and the input's name.
 * @returns the HTML text.
 * @throws InvalidOptionsError for bad options.
 * @example
 * writeFileSync('report.html', toHTML(report)); // open it in any browser, offline
 */
export function toHTML(report: SwarmReport, options: ToHtmlOptions = {}): string {
  const o = resolveToHtmlOptions(options);
  const model = buildHtmlModel(report, { maxSwarms: o.maxNetworkSwarms, maxNodes: o.maxNetworkNodes }, o.input === '' ? null : o.input);
  const bundles = browserBundles();
  const scripts = [
    inlineScript(bundles.graphology),
    // sigma queries WebGL as soon as its bundle runs: load it only where WebGL exists (see html-client-network).
    `window.hsLoadSigma = function () {\n${inlineScript(bundles.sigma)}\n};`,
    `(function () {\n'use strict';\n${CLIENT_CORE}${CLIENT_DETAIL}${CLIENT_TIMELINE}${CLIENT_NETWORK}${CLIENT_SCATTER}${START}\n})();`,
  ];
  const csp = [`default-src 'none'`, `script-src ${scripts.map(sha256).join(' ')}`, `style-src 'unsafe-inline'`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(o.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>${BODY}
<script type="application/json" id="report-data">${jsonForScript(model)}</script>
${scripts.map((code) => `<script>${code}</script>`).join('\n')}
</body>
</html>
`;
}
