/**
 * Browser script of the HTML report, part 2: the swarm timeline (SVG). One row
 * per swarm, one column per window; filled cells where the swarm was matched;
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

function renderTimeline() {
  var host = document.getElementById('timeline-chart');
  var W = DATA.windows, SW = DATA.swarms.slice(0, 60);
  if (W.length === 0 || SW.length === 0) { host.appendChild(h('p', { class: 'note', text: W.length === 0 ? 'No windows.' : 'No swarms to show.' })); return; }
  SW.sort(function (a, b) { return (a.windows[0] - b.windows[0]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
  var left = 130, top = 46, rowH = 22, right = 16;
  var width = Math.max(1000, left + right + W.length * 14), plotW = width - left - right;
  var colW = plotW / W.length, height = top + SW.length * rowH + 12;
  var col = {}; W.forEach(function (w, i) { col[w.index] = i; });
  var row = {}; SW.forEach(function (sw, i) { row[sw.id] = i; });
  function cx(windowIndex) { return left + (col[windowIndex] === undefined ? 0 : col[windowIndex]) * colW; }
  function cy(id) { return top + row[id] * rowH + rowH / 2; }
  var svg = s('svg', { id: 'timeline-svg', viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-label': 'Swarms across windows' });
  var maxPosts = Math.max.apply(null, W.map(function (w) { return w.posts; }).concat([1]));
  var step = Math.max(1, Math.ceil(120 / colW));
  W.forEach(function (w, i) {
    var x = left + i * colW, bar = 18 * w.posts / maxPosts;
    svg.appendChild(s('rect', { x: x + 1, y: top - 8 - bar, width: Math.max(1, colW - 2), height: bar, fill: w.status === 'analyzed' ? '#cbd2d9' : '#f5d0c5' }, [s('title', { text: 'Window ' + w.index + ': ' + fmtTime(w.start) + ' \u2192 ' + fmtTime(w.end) + ', ' + fmt(w.posts) + ' posts, ' + w.swarms + ' swarms' + (w.reason ? ' (skipped: ' + w.reason + ')' : '') })]));
    if (i % step === 0) {
      svg.appendChild(s('line', { class: 'grid', x1: x, x2: x, y1: top - 4, y2: height - 8 }));
      svg.appendChild(s('text', { x: x + 2, y: 12, 'font-size': 11, fill: '#616e7c', text: fmtTime(w.start).slice(0, 16) }));
    }
  });
  SW.forEach(function (sw, i) {
    var y = top + i * rowH;
    if (i % 2 === 1) svg.appendChild(s('rect', { x: 0, y: y, width: width, height: rowH, fill: '#f7f9fb' }));
    var label = sw.id.length > 16 ? sw.id.slice(0, 15) + '\u2026' : sw.id;
    svg.appendChild(s('text', { x: left - 10, y: y + rowH / 2 + 4, 'text-anchor': 'end', 'font-size': 12, fill: sw.color, 'font-weight': 600, text: label }, [s('title', { text: sw.id + ' \u2014 ' + sw.size + ' accounts' })]));
    sw.windows.forEach(function (wi) {
      if (col[wi] === undefined) return;
      svg.appendChild(s('rect', { class: 'cell', x: cx(wi) + 0.5, y: y + 5, width: Math.max(1, colW - 1), height: rowH - 10, rx: 2, fill: sw.color, opacity: 0.85 },
        [s('title', { text: sw.id + ' in window ' + wi })]));
    });
  });
  SW.forEach(function (sw) {
    sw.events.forEach(function (ev) {
      if (!EVENT_STYLE[ev.type] || col[ev.window] === undefined) return;
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
  if (DATA.swarms.length > SW.length) legend.appendChild(h('span', { class: 'muted', text: 'Showing ' + SW.length + ' of ' + DATA.swarms.length + ' swarms.' }));
  host.appendChild(legend);
}
`;
