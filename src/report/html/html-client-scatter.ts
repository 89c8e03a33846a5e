/**
 * Browser script of the HTML report, part 4: group influence against the
 * strongest member's influence alone (SVG scatter; linear axes for small values,
 * log(1 + x) axes otherwise; with
 * the diagonal: above it, the swarm reaches more together than its best member
 * alone).
 */

/** Client scatter renderer. */
export const CLIENT_SCATTER = String.raw`
function niceTicks(max, linear) {
  var out = [0];
  if (linear) {
    var raw = max / 5, mag = Math.pow(10, Math.floor(Math.log10(raw))), step = [1, 2, 5, 10].map(function (m) { return m * mag; }).filter(function (x) { return x >= raw; })[0];
    for (var t = step; t <= max * 1.0001; t += step) out.push(Number(t.toPrecision(6)));
    return out;
  }
  for (var p = 1; p <= max * 1.05; p *= 10) { out.push(p); if (3 * p <= max * 1.05) out.push(3 * p); }
  return out;
}

function renderScatter() {
  var host = document.getElementById('scatter-chart');
  var pts = DATA.swarms.filter(function (sw) { return sw.groupInfluence !== null && sw.memberInfluence !== null; });
  if (pts.length === 0) { host.appendChild(h('p', { class: 'note', text: 'No swarm has both influence numbers.' })); return; }
  var W = 560, H = 400, L = 62, R = 18, T = 16, B = 52;
  var maxX = Math.max.apply(null, pts.map(function (p) { return p.memberInfluence; }).concat([1e-9]));
  var maxY = Math.max.apply(null, pts.map(function (p) { return p.groupInfluence; }).concat([1e-9]));
  var maxV = Math.max(maxX, maxY), linear = maxV <= 20, scaleName = linear ? '' : ', log scale';
  function f(v) { return linear ? Math.max(0, v) : Math.log(1 + Math.max(0, v)); }
  function X(v) { return L + (W - L - R) * f(v) / f(maxV); }
  function Y(v) { return H - B - (H - T - B) * f(v) / f(maxV); }
  var svg = s('svg', { id: 'scatter-svg', viewBox: '0 0 ' + W + ' ' + H, width: '100%', role: 'img', 'aria-label': 'Group influence against the strongest member' });
  var ticks = niceTicks(maxV, linear);
  ticks.forEach(function (t) {
    svg.appendChild(s('line', { class: 'grid', x1: X(t), x2: X(t), y1: T, y2: H - B }));
    svg.appendChild(s('line', { class: 'grid', x1: L, x2: W - R, y1: Y(t), y2: Y(t) }));
    svg.appendChild(s('text', { x: X(t), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#616e7c', text: fmt(t) }));
    svg.appendChild(s('text', { x: L - 6, y: Y(t) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#616e7c', text: fmt(t) }));
  });
  svg.appendChild(s('line', { x1: X(0), y1: Y(0), x2: X(maxV), y2: Y(maxV), stroke: '#9aa5b1', 'stroke-dasharray': '5 4' }));
  svg.appendChild(s('text', { x: X(maxV * 0.6) + 6, y: Y(maxV * 0.6) + 14, 'text-anchor': 'start', 'font-size': 11, fill: '#616e7c', text: 'group = best member' }));
  svg.appendChild(s('text', { x: (L + W - R) / 2, y: H - 12, 'text-anchor': 'middle', 'font-size': 12, fill: '#1f2933', text: 'strongest member alone (' + humanName(DATA.headline.individual).toLowerCase() + scaleName + ')' }));
  svg.appendChild(s('text', { x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle', 'font-size': 12, fill: '#1f2933', transform: 'rotate(-90 14 ' + ((T + H - B) / 2) + ')', text: 'group (' + humanName(DATA.headline.group).toLowerCase() + scaleName + ')' }));
  var maxSize = Math.max.apply(null, pts.map(function (p) { return p.size; })), placed = [];
  pts.slice().sort(function (a, b) { return b.size - a.size; }).forEach(function (p, i) {
    var r = 4 + 8 * Math.sqrt(p.size / maxSize);
    svg.appendChild(s('circle', { class: 'point', cx: X(p.memberInfluence), cy: Y(p.groupInfluence), r: r, fill: p.color, 'fill-opacity': 0.75, stroke: '#fff', 'stroke-width': 1 },
      [s('title', { text: p.id + ': group ' + fmt(p.groupInfluence) + ' vs ' + (p.strongestMember === null ? '?' : p.strongestMember) + ' ' + fmt(p.memberInfluence) + ' (' + p.size + ' accounts)' })]));
    var lx = X(p.memberInfluence) + r + 3, ly = Y(p.groupInfluence) + 4;
    var free = placed.every(function (q) { return Math.abs(q[0] - lx) > 70 || Math.abs(q[1] - ly) > 12; });
    if (i < 12 && free) { placed.push([lx, ly]); svg.appendChild(s('text', { x: lx, y: ly, 'font-size': 11, fill: '#323f4b', text: p.id.length > 14 ? p.id.slice(0, 13) + '\u2026' : p.id })); }
  });
  host.appendChild(svg);
  // Counted from the report's own comparison (reachesMoreTogether), the one the verdict's reach
  // criterion uses: every collective influencer is among these.
  var comparable = pts.filter(function (p) { return p.reachesMoreTogether !== null; });
  var above = comparable.filter(function (p) { return p.reachesMoreTogether === true; }).length;
  var judged = DATA.swarms.filter(function (p) { return p.collectiveInfluencer === true; }).length;
  var text = comparable.length === 0
    ? 'The strongest members are ranked by lead followers, not scored alone: the two axes are not in one unit.'
    : above + ' of ' + comparable.length + ' swarm' + (comparable.length === 1 ? '' : 's') + ' reach more accounts together than their strongest member alone; ' +
      (judged === 0 ? 'none of them is' : judged + (judged === 1 ? ' of them is' : ' of them are')) + ' judged a collective influencer (also lift above 1, shared posting, individually weak members: see the Verdict column and each swarm\u2019s reasons).';
  host.appendChild(h('p', { class: 'note', id: 'scatter-verdict', text: text }));
}
`;
