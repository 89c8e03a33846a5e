/**
 * Browser script of the HTML report, part 2: the swarm timeline (SVG). One row
 * per swarm, one column per window — or per group of consecutive windows when
 * there are more than the page's width holds (the chart keeps a bounded width
 * and so a readable height) — under a time axis whose ticks and labels follow
 * the span (minutes to decades); filled cells where the swarm was matched;
 * markers for births, deaths, merges, splits and resurgences, and connectors
 * from the swarms they merged from or split from.
 */

/** Client timeline renderer. */
export const CLIENT_TIMELINE = String.raw`
var EVENT_STYLE = {
  birth: { color: '#15803d', label: 'birth' }, death: { color: '#b42318', label: 'death' },
  merge: { color: '#7b2cbf', label: 'merge' }, split: { color: '#d97706', label: 'split' },
  resurgence: { color: '#0e7490', label: 'resurgence' },
};
function eventMarker(type, x, y) {
  var st = EVENT_STYLE[type];
  if (type === 'birth') return s('circle', { cx: x, cy: y, r: 5, fill: st.color, stroke: '#fff', 'stroke-width': 1.5 });
  if (type === 'death') return s('path', { d: 'M' + (x - 4) + ' ' + (y - 4) + 'L' + (x + 4) + ' ' + (y + 4) + 'M' + (x + 4) + ' ' + (y - 4) + 'L' + (x - 4) + ' ' + (y + 4), stroke: st.color, 'stroke-width': 2.2 });
  if (type === 'merge') return s('path', { d: 'M' + x + ' ' + (y - 6) + 'L' + (x + 6) + ' ' + y + 'L' + x + ' ' + (y + 6) + 'L' + (x - 6) + ' ' + y + 'Z', fill: st.color, stroke: '#fff', 'stroke-width': 1.2 });
  if (type === 'split') return s('path', { d: 'M' + (x - 6) + ' ' + (y - 5) + 'L' + (x + 6) + ' ' + (y - 5) + 'L' + x + ' ' + (y + 6) + 'Z', fill: st.color, stroke: '#fff', 'stroke-width': 1.2 });
  return s('circle', { cx: x, cy: y, r: 5, fill: '#fff', stroke: st.color, 'stroke-width': 2 });
}

var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
var MIN = 60000, HOUR = 3600000, DAY = 86400000;
// Tick intervals, smallest first: fixed ones in ms, then calendar months and years.
var TICKS = [[MIN, 'ms'], [5 * MIN, 'ms'], [15 * MIN, 'ms'], [30 * MIN, 'ms'], [HOUR, 'ms'], [3 * HOUR, 'ms'], [6 * HOUR, 'ms'], [12 * HOUR, 'ms'],
  [DAY, 'ms'], [2 * DAY, 'ms'], [7 * DAY, 'week'], [1, 'month'], [3, 'month'], [6, 'month'], [1, 'year'], [2, 'year'], [5, 'year'], [10, 'year'], [50, 'year']];
function pad2(n) { return (n < 10 ? '0' : '') + n; }
/** Ticks between t0 and t1 at most maxTicks apart-able, with a two-row label: [context, tick]. */
function timeTicks(t0, t1, maxTicks) {
  var span = Math.max(1, t1 - t0), pick = TICKS[TICKS.length - 1];
  for (var i = 0; i < TICKS.length; i++) {
    var approx = TICKS[i][1] === 'month' ? TICKS[i][0] * 30.44 * DAY : TICKS[i][1] === 'year' ? TICKS[i][0] * 365.25 * DAY : TICKS[i][0];
    if (span / approx <= maxTicks) { pick = TICKS[i]; break; }
  }
  var n = pick[0], unit = pick[1], out = [], t;
  if (unit === 'ms') t = Math.ceil(t0 / n) * n;
  else if (unit === 'week') t = Math.ceil((t0 - 4 * DAY) / n) * n + 4 * DAY; // Mondays (1970-01-01 was a Thursday)
  else {
    var d0 = new Date(t0), y = d0.getUTCFullYear(), m = unit === 'month' ? d0.getUTCMonth() : 0;
    if (unit === 'year') y = Math.ceil(y / n) * n; else m = Math.ceil(m / n) * n;
    t = Date.UTC(y, m, 1);
    if (t < t0) { if (unit === 'year') y += n; else m += n; t = Date.UTC(y, m, 1); }
  }
  for (var guard = 0; t <= t1 && guard < 1000; guard++) {
    var d = new Date(t), label, context;
    if (unit === 'ms' && n < DAY) { context = d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1) + '-' + pad2(d.getUTCDate()); label = pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes()); }
    else if (unit === 'ms' || unit === 'week') { context = String(d.getUTCFullYear()); label = MONTHS[d.getUTCMonth()] + ' ' + d.getUTCDate(); }
    else if (unit === 'month') { context = String(d.getUTCFullYear()); label = MONTHS[d.getUTCMonth()]; }
    else { context = ''; label = String(d.getUTCFullYear()); }
    out.push({ t: t, label: label, context: context });
    if (unit === 'ms' || unit === 'week') t += n;
    else if (unit === 'month') { t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1); }
    else t = Date.UTC(d.getUTCFullYear() + n, 0, 1);
  }
  return out;
}

function renderTimeline() {
  var host = document.getElementById('timeline-chart');
  var W = DATA.windows, SW = DATA.swarms.slice(0, 60);
  if (W.length === 0 || SW.length === 0) { host.appendChild(h('p', { class: 'note', text: W.length === 0 ? 'No windows.' : 'No swarms to show.' })); return; }
  SW.sort(function (a, b) { return (a.windows[0] - b.windows[0]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
  // The chart keeps the page's width: on long periods consecutive windows share a column (at least
  // 5 px wide), so thousands of windows stay readable instead of shrinking the chart to a line.
  var left = 130, top = 60, rowH = 22, right = 16, minCol = 5;
  var width = Math.min(1140, Math.max(1000, left + right + W.length * 14)), plotW = width - left - right;
  var per = Math.max(1, Math.ceil(W.length / Math.floor(plotW / minCol))), cols = Math.ceil(W.length / per);
  var colW = plotW / cols, height = top + SW.length * rowH + 12;
  var col = {}; W.forEach(function (w, i) { col[w.index] = Math.floor(i / per); });
  var row = {}; SW.forEach(function (sw, i) { row[sw.id] = i; });
  function cx(windowIndex) { return left + (col[windowIndex] === undefined ? 0 : col[windowIndex]) * colW; }
  function cy(id) { return top + row[id] * rowH + rowH / 2; }
  var svg = s('svg', { id: 'timeline-svg', viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-label': 'Swarms across windows', 'data-columns': cols, 'data-windows-per-column': per });
  var bins = [];
  for (var c = 0; c < cols; c++) {
    var ws = W.slice(c * per, Math.min(W.length, (c + 1) * per)), b = { first: ws[0], last: ws[ws.length - 1], posts: 0, swarms: 0, analyzed: 0, n: ws.length };
    ws.forEach(function (w) { b.posts = Math.max(b.posts, w.posts); b.swarms = Math.max(b.swarms, w.swarms); if (w.status === 'analyzed') b.analyzed++; });
    bins.push(b);
  }
  var maxPosts = Math.max.apply(null, bins.map(function (b) { return b.posts; }).concat([1]));
  bins.forEach(function (b, i) {
    var x = left + i * colW, bar = 18 * b.posts / maxPosts;
    var tip = b.n === 1
      ? 'Window ' + b.first.index + ': ' + fmtTime(b.first.start) + ' \u2192 ' + fmtTime(b.first.end) + ', ' + fmt(b.first.posts) + ' posts, ' + b.first.swarms + ' swarms' + (b.first.reason ? ' (skipped: ' + b.first.reason + ')' : '')
      : 'Windows ' + b.first.index + '\u2013' + b.last.index + ': ' + fmtTime(b.first.start) + ' \u2192 ' + fmtTime(b.last.end) + ', up to ' + fmt(b.posts) + ' posts and ' + b.swarms + ' swarms a window, ' + b.analyzed + ' of ' + b.n + ' analysed';
    svg.appendChild(s('rect', { class: 'bin', x: x + (colW > 3 ? 0.5 : 0), y: top - 8 - bar, width: Math.max(1, colW - (colW > 3 ? 1 : 0)), height: bar, fill: b.analyzed > 0 ? '#cbd2d9' : '#f5d0c5' }, [s('title', { text: tip })]));
  });
  // Time axis: ticks on calendar boundaries (minutes to decades, by span), the date or year above
  // the tick label where it changes; windows are placed by their start times.
  var starts = W.map(function (w) { return Date.parse(w.start); });
  var stepMs = W.length > 1 ? starts[1] - starts[0] : Date.parse(W[0].end) - starts[0];
  var windowW = colW / per;
  function xOfTime(t) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= t) lo = mid; else hi = mid - 1; }
    var next = lo + 1 < starts.length ? starts[lo + 1] : starts[lo] + stepMs;
    return left + (lo + Math.min(1, Math.max(0, (t - starts[lo]) / Math.max(1, next - starts[lo])))) * windowW;
  }
  var lastContext = null;
  timeTicks(starts[0], starts[starts.length - 1] + stepMs, Math.max(2, Math.floor(plotW / 90))).forEach(function (tk) {
    var x = xOfTime(tk.t);
    svg.appendChild(s('line', { class: 'grid', x1: x, x2: x, y1: 18, y2: height - 8 }));
    // A label that would run past the chart's right edge is left out (its grid line stays).
    if (tk.context !== lastContext && tk.context !== '' && x + 7.5 * tk.context.length <= width) svg.appendChild(s('text', { class: 'tick-context', x: x + 3, y: 13, 'font-size': 12, 'font-weight': 600, fill: '#3e4c59', text: tk.context }));
    lastContext = tk.context;
    if (x + 7 * tk.label.length <= width) svg.appendChild(s('text', { class: 'tick', x: x + 3, y: 28, 'font-size': 11.5, fill: '#616e7c', text: tk.label }));
  });
  SW.forEach(function (sw, i) {
    var y = top + i * rowH;
    if (i % 2 === 1) svg.appendChild(s('rect', { x: 0, y: y, width: width, height: rowH, fill: '#f7f9fb' }));
    var label = sw.id.length > 16 ? sw.id.slice(0, 15) + '\u2026' : sw.id;
    svg.appendChild(s('text', { x: left - 10, y: y + rowH / 2 + 4, 'text-anchor': 'end', 'font-size': 12, fill: sw.color, 'font-weight': 600, text: label }, [s('title', { text: sw.id + ' \u2014 ' + sw.size + ' accounts' })]));
    var inCol = {};
    sw.windows.forEach(function (wi) { if (col[wi] !== undefined) inCol[col[wi]] = (inCol[col[wi]] || 0) + 1; });
    Object.keys(inCol).forEach(function (k) {
      var c = Number(k), b = bins[c];
      svg.appendChild(s('rect', { class: 'cell', x: left + c * colW + 0.5, y: y + 5, width: Math.max(1, colW - 1), height: rowH - 10, rx: colW > 4 ? 2 : 0, fill: sw.color, opacity: per === 1 ? 0.85 : 0.35 + 0.5 * inCol[k] / b.n },
        [s('title', { text: per === 1 ? sw.id + ' in window ' + b.first.index : sw.id + ' in ' + inCol[k] + ' of windows ' + b.first.index + '\u2013' + b.last.index + ' (' + fmtTime(b.first.start) + ' \u2192 ' + fmtTime(b.last.end) + ')' })]));
    });
  });
  var drawn = {};
  SW.forEach(function (sw) {
    sw.events.forEach(function (ev) {
      if (!EVENT_STYLE[ev.type] || col[ev.window] === undefined) return;
      var key = sw.id + '\u0000' + ev.type + '\u0000' + col[ev.window];
      if (drawn[key]) return;
      drawn[key] = true;
      var x = cx(ev.window), y = cy(sw.id);
      if (ev.type === 'merge' || ev.type === 'split') ev.related.forEach(function (other) {
        if (row[other] === undefined) return;
        var y2 = cy(other), xm = x - colW / 2;
        svg.appendChild(s('path', { class: 'link', d: 'M' + xm + ' ' + y2 + 'C' + (xm + colW / 2) + ' ' + y2 + ',' + (xm) + ' ' + y + ',' + x + ' ' + y, fill: 'none', stroke: EVENT_STYLE[ev.type].color, 'stroke-width': 1.6, 'stroke-dasharray': '3 2' }));
      });
      var m = eventMarker(ev.type, x, y);
      m.setAttribute('class', 'event event-' + ev.type);
      m.appendChild(s('title', { text: ev.type + ' of ' + sw.id + ' in window ' + ev.window + (ev.related.length ? ' (with ' + ev.related.join(', ') + ')' : '') }));
      svg.appendChild(m);
    });
  });
  host.appendChild(svg);
  var legend = h('div', { class: 'legend' });
  Object.keys(EVENT_STYLE).forEach(function (k) {
    var mini = s('svg', { width: 14, height: 14, viewBox: '0 0 14 14' }, [eventMarker(k, 7, 7)]);
    legend.appendChild(h('span', null, [mini, ' ' + EVENT_STYLE[k].label]));
  });
  if (per > 1) legend.appendChild(h('span', { class: 'muted', text: 'Each column groups ' + per + ' consecutive windows (' + fmt(W.length) + ' windows in all); hover a column for its times.' }));
  if (DATA.swarms.length > SW.length) legend.appendChild(h('span', { class: 'muted', text: 'Showing ' + SW.length + ' of ' + DATA.swarms.length + ' swarms.' }));
  host.appendChild(legend);
}
`;
