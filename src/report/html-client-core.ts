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
  document.getElementById('period').textContent = o.periodStart ? 'Period ' + fmtTime(o.periodStart) + ' \u2192 ' + fmtTime(o.periodEnd) + ' UTC' : 'No windows.';
  var rows = o.options.map(function (kv) { return h('tr', null, [h('td', { class: 'mono', text: kv[0] }), h('td', { class: 'mono', text: kv[1] })]); });
  document.getElementById('options').appendChild(h('table', null, [h('tbody', null, rows)]));
}

function sortableTable(host, columns, rows) {
  var state = { col: -1, dir: 1 };
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
    ths.forEach(function (th, i) { if (i === state.col) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending'); else th.removeAttribute('aria-sort'); });
    tbody.replaceChildren.apply(tbody, sorted.map(function (r) {
      return h('tr', null, columns.map(function (c) { var cell = c.cell ? c.cell(r) : fmt(c.value(r)); return h('td', { class: c.num ? 'n' : null }, [cell]); }));
    }));
  }
  draw();
  host.appendChild(h('table', { id: host.id + '-table' }, [h('thead', null, [h('tr', null, ths)]), tbody]));
}

function renderSwarmTable() {
  var host = document.getElementById('swarm-table');
  if (DATA.swarms.length === 0) { host.appendChild(h('p', { class: 'note', text: 'No swarm passed the size and significance rules.' })); return; }
  var EXTRA = ['swarmLift', 'burstLift', 'collectiveness', 'syncFraction', 'hashtagCapture', 'collectiveInfluencer'];
  var extra = EXTRA.filter(function (k) { return DATA.swarms.some(function (sw) { return g(sw, k) !== null; }); });
  function g(sw, k) { for (var i = 0; i < sw.group.length; i++) if (sw.group[i][0] === k) return sw.group[i][1]; return null; }
  var cols = [
    { label: 'Swarm', value: function (r) { return r.id; }, cell: function (r) { return h('span', { class: 'nowrap' }, [dot(r.color), h('span', { class: 'mono', text: r.id })]); } },
    { label: 'Size', num: true, value: function (r) { return r.size; } },
    { label: 'Core', num: true, value: function (r) { return r.core; } },
    { label: 'Windows', num: true, value: function (r) { return r.windows.length; } },
    { label: 'First seen', value: function (r) { return fmtTime(r.firstSeen); }, sort: function (r) { return r.firstSeen; }, cell: function (r) { return h('span', { class: 'nowrap', text: fmtTime(r.firstSeen) }); } },
    { label: 'Hashtags', value: function (r) { return r.hashtags.length ? r.hashtags[0].hashtag : null; },
      cell: function (r) { return h('span', { class: 'chips' }, r.hashtags.slice(0, 4).map(function (t) { return h('span', { class: 'chip', title: '#' + t.hashtag + ': ' + fmt(t.posts) + ' posts, share of voice ' + fmt(t.share), text: '#' + t.hashtag }); })); } },
    { label: 'p-value', num: true, value: function (r) { return r.pValue; } },
    { label: 'Group influence', num: true, title: DATA.headline.group, value: function (r) { return r.groupInfluence; } },
    { label: 'Strongest member', value: function (r) { return r.strongestMember; }, cell: function (r) { return h('span', { class: 'mono', text: r.strongestMember === null ? '\u2013' : r.strongestMember }); } },
    { label: 'Member influence', num: true, title: DATA.headline.individual, value: function (r) { return r.memberInfluence; } },
  ];
  extra.forEach(function (k) { cols.push({ label: k, num: true, value: function (r) { return g(r, k); } }); });
  sortableTable(host, cols, DATA.swarms);
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
