/**
 * Browser script of the HTML report, part 1: helpers, overview, swarm table,
 * rejections, start-up. Every text from the data goes in through `textContent`
 * or an attribute value (never `innerHTML`), so names cannot become markup.
 */

/** Client helpers and the overview / table / rejections renderers. */
export const CLIENT_CORE = String.raw`
var DATA = JSON.parse(document.getElementById('report-data').textContent);
var SVGNS = 'http://www.w3.org/2000/svg';
function put(e, attrs, kids) {
  if (attrs) for (var k in attrs) {
    var v = attrs[k];
    if (v === null || v === undefined) continue;
    if (k === 'text') e.textContent = String(v); else e.setAttribute(k, String(v));
  }
  if (kids) for (var i = 0; i < kids.length; i++) if (kids[i] !== null && kids[i] !== undefined) e.appendChild(typeof kids[i] === 'string' ? document.createTextNode(kids[i]) : kids[i]);
  return e;
}
function h(tag, attrs, kids) { return put(document.createElement(tag), attrs, kids); }
function s(tag, attrs, kids) { return put(document.createElementNS(SVGNS, tag), attrs, kids); }
function fmt(v) {
  if (v === null || v === undefined) return '\u2013';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v !== 'number') return String(v);
  if (!isFinite(v)) return '\u2013';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  var a = Math.abs(v);
  if (a !== 0 && (a < 0.001 || a >= 1e6)) return v.toExponential(2);
  return Number(v.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 3 });
}
/** A duration in words: '0.5 s', '45 s', '3 min 20 s', '3 h 20 min', '2 d 6 h' (never raw ms). */
function fmtDur(ms) {
  if (ms === null || ms === undefined || typeof ms !== 'number' || !isFinite(ms)) return '\u2013';
  var neg = ms < 0 ? '\u2212' : '', a = Math.abs(ms);
  if (a === 0) return '0 s';
  if (a < 10000) return neg + Number((a / 1000).toPrecision(2)) + ' s';
  var sec = Math.round(a / 1000);
  var parts = [[86400, 'd'], [3600, 'h'], [60, 'min'], [1, 's']], out = [];
  for (var i = 0; i < parts.length && out.length < 2; i++) {
    var n = Math.floor(sec / parts[i][0]);
    if (n > 0 || out.length > 0) { if (n > 0) out.push(n + ' ' + parts[i][1]); else break; sec -= n * parts[i][0]; }
  }
  return neg + out.join(' ');
}
/** A p-value: '< 0.001' below a thousandth, else up to three decimals. */
function fmtP(p) {
  if (p === null || p === undefined || typeof p !== 'number' || !isFinite(p)) return '\u2013';
  if (p < 0.001) return '< 0.001';
  return String(Number(p.toFixed(p < 0.01 ? 4 : 3)));
}
/** A field name in words: 'medianLagMs' -> 'Median lag', 'group.swarmLiftLower' -> 'Swarm lift lower'. */
function humanName(key) {
  var k = String(key).split('.').pop().replace(/Ms$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Za-z])(\d)/g, '$1 $2').toLowerCase();
  return k.charAt(0).toUpperCase() + k.slice(1);
}
/** A value by its field name: durations (names ending in Ms) in words, the rest as fmt. */
function fmtField(key, v) { return /Ms$/.test(String(key)) && typeof v === 'number' ? fmtDur(v) : fmt(v); }
function fmtPct(v) { return typeof v === 'number' && isFinite(v) ? Number((v * 100).toPrecision(3)) + ' %' : '\u2013'; }
function fmtTime(iso) { return iso ? String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, '') : '\u2013'; }
function dot(color) { return h('span', { class: 'dot', style: 'background:' + color }); }
function swarmById(id) { for (var i = 0; i < DATA.swarms.length; i++) if (DATA.swarms[i].id === id) return DATA.swarms[i]; return null; }

function renderOverview() {
  var o = DATA.overview;
  var cards = [
    ['Records read', fmt(o.records)], ['Posts analysed', fmt(o.posts)], ['Rejected records', fmt(o.rejected), o.rejected > 0],
    ['Windows analysed', fmt(o.analyzedWindows) + ' / ' + fmt(o.windows)], ['Swarms', fmt(o.swarms)],
    ['Accounts in swarms', fmt(o.accountsInSwarms) + ' / ' + fmt(o.accounts)], ['Kept edges', fmt(o.edges)],
  ];
  if (o.merged > 0) cards.push(['Repeats merged into posts', fmt(o.merged)]);
  if (o.latePosts > 0) cards.push(['Late posts (not analysed)', fmt(o.latePosts), true]);
  if (o.beforeOriginPosts > 0) cards.push(['Posts before the first window (not analysed)', fmt(o.beforeOriginPosts), true]);
  var box = document.getElementById('cards');
  cards.forEach(function (c) { box.appendChild(h('div', { class: c[2] ? 'card warn' : 'card' }, [h('div', { class: 'v', text: c[1] }), h('div', { class: 'k', text: c[0] })])); });
  var run = [o.periodStart ? 'Period ' + fmtTime(o.periodStart) + ' \u2192 ' + fmtTime(o.periodEnd) + ' UTC' : 'No windows'];
  run.push(fmt(o.records) + ' records read');
  if (o.windows > 0) run.push(fmt(o.windows) + ' windows' + (o.windowMs !== null ? ' of ' + fmtDur(o.windowMs) : '') + (o.stepMs !== null ? ' every ' + fmtDur(o.stepMs) : ''));
  document.getElementById('period').textContent = run.join(' \u00b7 ');
  document.getElementById('generated').textContent = (DATA.input !== null ? 'Input ' + DATA.input + ' \u00b7 ' : '') + DATA.generator +
    (DATA.input !== null ? ' \u00b7 the report does not record the run date' : ' \u00b7 the report records neither the input file name nor the run date');
  var rows = o.options.map(function (kv) {
    var v = /Ms$/.test(kv[0]) && /^-?\d+(\.\d+)?$/.test(kv[1]) ? fmtDur(Number(kv[1])) : kv[1];
    return h('tr', null, [h('td', { class: 'mono', text: kv[0] }), h('td', { class: 'mono', text: v })]);
  });
  document.getElementById('options').appendChild(h('table', null, [h('tbody', null, rows)]));
}

/**
 * A sortable table. columns: { label, title, num, value(r), sort(r)?, cell(r)? }. opts: { id, detail(r)?
 * (a row's detail, shown under it when the row is clicked), key(r)?, limit? }. Returns { setRows(rows) }.
 */
function sortableTable(host, columns, rows, opts) {
  opts = opts || {};
  var state = { col: -1, dir: 1 }, open = {};
  var tbody = h('tbody');
  var ths = columns.map(function (c, i) {
    var th = h('th', { class: c.num ? 'n' : null, scope: 'col' }, [h('button', { type: 'button', text: c.label, title: c.title || null })]);
    th.firstChild.addEventListener('click', function () { state.dir = state.col === i ? -state.dir : (c.num ? -1 : 1); state.col = i; draw(); });
    return th;
  });
  function key(r, c) { var v = c.sort ? c.sort(r) : c.value(r); return v === null || v === undefined || (typeof v === 'number' && !isFinite(v)) ? null : v; }
  function draw() {
    var sorted = rows.slice();
    if (state.col >= 0) {
      var c = columns[state.col];
      sorted.sort(function (a, b) {
        var x = key(a, c), y = key(b, c);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        return (x < y ? -1 : x > y ? 1 : 0) * state.dir;
      });
    }
    if (opts.limit) sorted = sorted.slice(0, opts.limit);
    ths.forEach(function (th, i) { if (i === state.col) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending'); else th.removeAttribute('aria-sort'); });
    var out = [];
    sorted.forEach(function (r) {
      var tr = h('tr', { class: opts.detail ? 'row clickable' : 'row' }, columns.map(function (c) { var cell = c.cell ? c.cell(r) : fmt(c.value(r)); return h('td', { class: c.num ? 'n' : null }, [cell]); }));
      out.push(tr);
      if (!opts.detail) return;
      var k = opts.key(r);
      tr.setAttribute('aria-expanded', open[k] ? 'true' : 'false');
      tr.setAttribute('tabindex', '0');
      tr.addEventListener('click', function (e) { if (e.target.closest && e.target.closest('a')) return; open[k] = !open[k]; draw(); });
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open[k] = !open[k]; draw(); var again = tbody.querySelector('tr[data-key="' + CSS.escape(k) + '"]'); if (again) again.focus(); } });
      tr.setAttribute('data-key', k);
      if (open[k]) out.push(h('tr', { class: 'detail' }, [h('td', { colspan: columns.length }, [opts.detail(r)])]));
    });
    tbody.replaceChildren.apply(tbody, out);
  }
  draw();
  host.appendChild(h('table', { id: opts.id || host.id + '-table' }, [h('thead', null, [h('tr', null, ths)]), tbody]));
  return { setRows: function (next) { rows = next; draw(); } };
}

/** Column definitions under a table: a <dl> of label and meaning. */
function columnLegend(id, columns, open) {
  return h('details', { class: 'columns', open: open ? '' : null }, [h('summary', { text: 'Columns' }),
    h('dl', { id: id }, columns.reduce(function (acc, c) { acc.push(h('dt', { text: c.label }), h('dd', { text: c.title })); return acc; }, []))]);
}

function renderSwarmTable() {
  var host = document.getElementById('swarm-table');
  if (DATA.swarms.length === 0) { host.appendChild(h('p', { class: 'note', text: 'No swarm passed the size and significance rules.' })); return; }
  var nWin = DATA.windows.length;
  var alone = DATA.headline.individual === 'leadFollowers'
    ? 'The strongest member\u2019s lead followers (later adopters it led, summed over windows): no group score of the member alone is in the report.'
    : 'Lead reach of the strongest member scored alone, in the same unit as Group influence: a swarm whose group influence is higher reaches more accounts together than its best member alone.';
  var cols = [
    { label: 'Swarm', title: 'Tracked swarm id (stable across windows); the colour is the swarm\u2019s in every chart. Click a row for its members, hashtags, activity and evidence.',
      value: function (r) { return r.id; }, cell: function (r) { return h('span', { class: 'nowrap' }, [h('span', { class: 'caret', 'aria-hidden': 'true' }), dot(r.color), h('span', { class: 'mono', text: r.id })]); } },
    { label: 'Members', num: true, title: 'Accounts that were members in any of the swarm\u2019s windows.', value: function (r) { return r.size; } },
    { label: 'Core', num: true, title: 'Members present in at least the core share of the swarm\u2019s windows (the stable centre of the swarm).', value: function (r) { return r.core; } },
    { label: 'Windows', num: true, title: 'Windows in which the swarm was matched, out of the ' + nWin + ' windows of the period.', value: function (r) { return r.windows.length; } },
    { label: 'First seen', title: 'Start of the first window where the swarm was matched (UTC).', value: function (r) { return fmtTime(r.firstSeen); }, sort: function (r) { return r.firstSeen; }, cell: function (r) { return h('span', { class: 'nowrap', text: fmtTime(r.firstSeen) }); } },
    { label: 'Top hashtags', title: 'Its most characteristic hashtags (most member posts); hover one for its member posts and share of voice.', value: function (r) { return r.hashtags.length ? r.hashtags[0].hashtag : null; },
      cell: function (r) { return h('span', { class: 'chips' }, r.hashtags.slice(0, 3).map(function (t) { return h('span', { class: 'chip', title: '#' + t.hashtag + ': ' + fmt(t.posts) + ' member posts, share of voice ' + fmtPct(t.share), text: '#' + t.hashtag }); })); } },
    { label: 'p\u2011value', num: true, title: 'Corrected p-value of the group test in the swarm\u2019s strongest window: how likely this much synchrony is by chance (smaller is stronger evidence).', value: function (r) { return r.pValue; }, cell: function (r) { return fmtP(r.pValue); } },
    { label: 'Group influence', num: true, title: 'Group lead reach: the share of non-members who took up a hashtag shortly after a member did, in the swarm\u2019s busiest window.', value: function (r) { return r.groupInfluence; } },
    { label: 'Strongest member', title: 'The member with the most lead followers (later adopters it led).', value: function (r) { return r.strongestMember; }, cell: function (r) { return h('span', { class: 'mono wrap', text: r.strongestMember === null ? '\u2013' : r.strongestMember }); } },
    { label: 'Member alone', num: true, title: alone, value: function (r) { return r.memberInfluence; } },
    { label: 'Collective', title: 'Collective influencer? The verdict in the swarm\u2019s busiest window: yes when the group reaches more accounts than its strongest member alone, its coordinated posts lift adoption (or its bursts are significant), the posting is shared and its members are individually weak. Click a row for the reasons.',
      value: function (r) { return r.collectiveInfluencer === null ? null : r.collectiveInfluencer ? 'yes' : 'no'; },
      cell: function (r) { return h('span', { class: 'verdict ' + (r.collectiveInfluencer ? 'yes' : 'no'), title: r.reasons.join('\n'), text: r.collectiveInfluencer === null ? '\u2013' : r.collectiveInfluencer ? 'yes' : 'no' }); } },
  ];
  sortableTable(host, cols, DATA.swarms, { id: 'swarm-table-table', key: function (r) { return r.id; }, detail: swarmDetail });
  host.parentNode.appendChild(columnLegend('swarm-columns', cols, true));
}

function renderRejected() {
  var host = document.getElementById('rejected-body');
  var r = DATA.rejected;
  if (r.total === 0) { host.appendChild(h('p', { class: 'note', text: 'No record was rejected: every record read became a post.' })); return; }
  host.appendChild(h('table', { id: 'rejected-codes' }, [h('thead', null, [h('tr', null, [h('th', { text: 'Code' }), h('th', { class: 'n', text: 'Records' })])]),
    h('tbody', null, r.byCode.map(function (c) { return h('tr', null, [h('td', { class: 'mono', text: c[0] }), h('td', { class: 'n', text: fmt(c[1]) })]); }))]));
  if (r.first.length === 0) return;
  var heads = ['Record', 'Line', 'Code', 'Field', 'Expected', 'Received', 'Message'];
  host.appendChild(h('details', null, [h('summary', { text: 'First ' + r.first.length + ' rejected records' }),
    h('div', { class: 'scroll' }, [h('table', { id: 'rejected-first' }, [h('thead', null, [h('tr', null, heads.map(function (x) { return h('th', { text: x }); }))]),
      h('tbody', null, r.first.map(function (row) { return h('tr', null, row.map(function (v, i) { return h('td', { class: i < 2 ? 'n' : i === 5 ? 'mono' : null, text: v === null ? '\u2013' : typeof v === 'number' ? String(v) : v }); })); }))])])]));
}

function safely(name, fn) {
  try { fn(); } catch (e) {
    console.error('hashtag-swarms report: ' + name + ' failed', e);
    var host = document.getElementById(name);
    if (host) host.appendChild(h('p', { class: 'note', text: 'This view could not be drawn: ' + (e && e.message ? e.message : String(e)) }));
    document.body.setAttribute('data-error-' + name, '1');
  }
}
`;
