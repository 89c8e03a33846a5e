/**
 * The HTML report's stylesheet (inlined; no web fonts, no network).
 */

/** CSS of the report page. */
export const HTML_STYLE = String.raw`
:root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --bg:#f7f8fa; --card:#fff; --accent:#0072b2; --good:#15803d; --bad:#b42318; }
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); }
header.top { background: #102a43; color: #f0f4f8; padding: 28px 32px 22px; }
header.top h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
header.top p { margin: 0; color: #bcccdc; }
header.top p.sub { margin-top: 2px; font-size: 13px; color: #9fb3c8; }
main { max-width: 1240px; margin: 0 auto; padding: 8px 24px 48px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px 20px; margin: 18px 0; box-shadow: 0 1px 2px rgba(16,42,67,.05); }
section h2 { margin: 0 0 4px; font-size: 18px; }
section p.lede { margin: 0 0 14px; color: var(--muted); font-size: 14px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fbfcfd; }
.card .v { font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .k { color: var(--muted); font-size: 13px; }
.card.warn .v { color: var(--bad); }
details { margin-top: 12px; color: var(--muted); font-size: 13px; }
details table { margin-top: 6px; }
.grid2 { display: grid; grid-template-columns: 1fr; gap: 18px; }
@media (min-width: 1100px) { .grid2 { grid-template-columns: 3fr 2fr; } }
.scroll { overflow: auto; max-height: 560px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
#swarm-table-table th.n { white-space: normal; }
thead th { position: sticky; top: 0; background: #f0f4f8; z-index: 1; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " \25B2"; font-size: 10px; }
th[aria-sort="descending"] button::after { content: " \25BC"; font-size: 10px; }
tbody tr:nth-child(even) { background: #fafbfc; }
tbody tr:hover { background: #eef6fc; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: middle; }
.chip { display: inline-block; padding: 1px 8px; margin: 1px 4px 1px 0; border-radius: 999px; background: #eef2f7; font-size: 12.5px; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.muted { color: var(--muted); }
.yes { color: var(--good); font-weight: 600; }
.no { color: var(--muted); }
#network { position: relative; height: 560px; border: 1px solid var(--line); border-radius: 8px; background: #fff; overflow: hidden; }
#network-canvas { position: absolute; inset: 0; }
.toolbar { position: absolute; top: 10px; right: 10px; display: flex; gap: 6px; z-index: 2; }
.toolbar button { border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 3px 10px; font-size: 16px; cursor: pointer; }
#node-info { position: absolute; left: 10px; bottom: 10px; background: rgba(255,255,255,.95); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; font-size: 13px; min-width: 200px; max-width: 320px; z-index: 2; }
#node-info:empty { display: none; }
#node-info b { display: block; word-break: break-all; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 10px 0 0; font-size: 13px; }
.legend button { all: unset; cursor: pointer; padding: 2px 6px; border-radius: 6px; }
.legend button[aria-pressed="true"] { background: #e0ecf7; }
#timeline-chart { overflow-x: auto; }
#timeline-svg { max-width: 100%; height: auto; display: block; }
.nowrap { white-space: nowrap; }
.chips { display: inline-block; min-width: 150px; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .axis line, svg .axis path { stroke: #9aa5b1; }
svg .grid { stroke: #eef1f4; }
.note { font-size: 13px; color: var(--muted); margin: 8px 0 0; }
tr.clickable { cursor: pointer; }
tr.clickable:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
tr.clickable .caret::before { content: "\25B8"; display: inline-block; width: 12px; color: var(--muted); font-size: 11px; }
tr.clickable[aria-expanded="true"] .caret::before { content: "\25BE"; }
tr.clickable[aria-expanded="true"] { background: #e0ecf7; }
tr.detail > td { background: #fbfcfd; padding: 12px 14px 16px; border-bottom: 2px solid #bcccdc; }
tbody tr.detail:hover { background: none; }
.detail-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 14px 22px; }
.detail-grid .panel { min-width: 0; }
.detail-grid h3 { margin: 0 0 6px; font-size: 14px; }
.detail-grid * + h3 { margin-top: 14px; }
#swarm-table { max-height: none; overflow-y: visible; }
#options table { width: auto; }
#options td { padding-right: 28px; }
.detail-grid h3 + * { margin-top: 0; }
.evidence p { margin: 0 0 6px; font-size: 13.5px; }
.verdict.yes { font-weight: 600; color: #1f7a4d; }
.verdict-head { margin: 0 0 6px; font-size: 13.5px; font-weight: 600; }
ul.reasons { margin: 0 0 10px; padding-left: 0; list-style: none; font-size: 13px; }
ul.reasons li { margin: 0 0 4px; }
ul.reasons li.pass .mark { color: #1f7a4d; }
ul.reasons li.fail .mark { color: #b42318; }
ul.reasons .detail { color: #616e7c; font-size: 12px; overflow-wrap: anywhere; }
svg.activity { display: block; max-width: 100%; height: auto; margin: 4px 0; }
table.small { font-size: 13px; }
table.small th, table.small td { padding: 3px 8px; }
.scroll.short { max-height: 420px; }
dl.metrics { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; font-size: 13px; }
dl.metrics dt { color: var(--muted); cursor: help; }
dl.metrics dd { margin: 0; font-variant-numeric: tabular-nums; }
details.columns dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 6px 0 0; }
details.columns dt { font-weight: 600; color: var(--ink); }
details.columns dd { margin: 0; }
.wrap { overflow-wrap: anywhere; }
button.link { all: unset; cursor: pointer; color: var(--accent); font-size: 13px; margin-top: 6px; display: inline-block; }
button.link:hover, button.link:focus-visible { text-decoration: underline; }
.filter { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; margin: 0 0 10px; }
.filter input { font: inherit; padding: 5px 10px; border: 1px solid #bcccdc; border-radius: 6px; min-width: 280px; }
.filter .note { margin: 0; }
@media (max-width: 900px) { .detail-grid { grid-template-columns: 1fr; } }
footer { text-align: center; color: var(--muted); font-size: 12.5px; padding: 12px; }
`;
