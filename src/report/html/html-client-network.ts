/**
 * Browser script of the HTML report, part 3: the interactive network view of
 * the top swarms, drawn by sigma.js (WebGL) over a graphology graph with the
 * precomputed ForceAtlas2 positions. Hover shows an account and dims the rest;
 * the legend focuses one swarm; buttons zoom. Without WebGL a static canvas
 * drawing is shown instead, with a note.
 */

/** Client network renderer (expects the `graphology` global and `hsLoadSigma()`, which defines `Sigma`). */
export const CLIENT_NETWORK = String.raw`
function renderNetwork() {
  var net = DATA.network, host = document.getElementById('network'), canvasHost = document.getElementById('network-canvas');
  var info = document.getElementById('node-info');
  if (net.nodes.length === 0) { host.style.height = 'auto'; canvasHost.style.position = 'static'; canvasHost.appendChild(h('p', { class: 'note', text: 'No swarm accounts to draw.' })); return; }
  var graph = new graphology.Graph({ type: 'undirected' });
  var maxW = Math.max.apply(null, net.edges.map(function (e) { return e[2]; }).concat([1e-9]));
  net.nodes.forEach(function (n, i) {
    var sw = DATA.swarms[n[4]];
    graph.addNode(String(i), { x: n[1], y: n[2], size: n[3], label: n[0], color: sw ? sw.color : '#9aa0a6', swarm: sw ? sw.id : null });
  });
  net.edges.forEach(function (e) {
    var a = String(e[0]), b = String(e[1]);
    if (!graph.hasEdge(a, b)) graph.addEdge(a, b, { size: 0.6 + 2.4 * Math.sqrt(Math.max(0, e[2]) / maxW), color: '#c3ccd6' });
  });
  var state = { hovered: null, neighbors: null, swarm: null };
  function showInfo(i) {
    info.replaceChildren();
    if (i === null) return;
    var n = net.nodes[Number(i)], sw = DATA.swarms[n[4]];
    info.appendChild(h('b', { text: n[0] }));
    info.appendChild(h('div', null, [sw ? dot(sw.color) : null, sw ? 'swarm ' + sw.id + (n[6] ? ' (core)' : '') : 'no swarm']));
    info.appendChild(h('div', { text: fmt(n[5]) + ' posts' }));
    net.fields.forEach(function (f, k) { var label = ACCOUNT_FIELD_INFO[f] ? ACCOUNT_FIELD_INFO[f][0] : humanName(f); info.appendChild(h('div', { class: 'muted', title: ACCOUNT_FIELD_INFO[f] ? ACCOUNT_FIELD_INFO[f][1] : f, text: label + ': ' + fmtField(f, n[7 + k]) })); });
  }
  function nodeReducer(node, data) {
    var out = Object.assign({}, data);
    var dim = (state.hovered !== null && node !== state.hovered && !state.neighbors.has(node)) || (state.swarm !== null && data.swarm !== state.swarm);
    if (dim) { out.color = '#e4e7eb'; out.label = ''; out.zIndex = 0; } else { out.zIndex = 1; }
    if (node === state.hovered) out.highlighted = true;
    return out;
  }
  function edgeReducer(edge, data) {
    var ends = graph.extremities(edge);
    var out = Object.assign({}, data);
    if (state.hovered !== null && ends.indexOf(state.hovered) < 0) out.hidden = true;
    else if (state.swarm !== null && (graph.getNodeAttribute(ends[0], 'swarm') !== state.swarm || graph.getNodeAttribute(ends[1], 'swarm') !== state.swarm)) out.hidden = true;
    else if (state.hovered !== null) out.color = '#52606d';
    return out;
  }
  var renderer = null;
  try {
    if (!hasWebGL()) throw new Error('no WebGL');
    if (typeof Sigma === 'undefined') window.hsLoadSigma();
    renderer = new Sigma(graph, canvasHost, { renderLabels: true, labelRenderedSizeThreshold: 7, labelFont: 'system-ui, sans-serif', labelSize: 12,
      defaultEdgeColor: '#c3ccd6', zIndex: true, nodeReducer: nodeReducer, edgeReducer: edgeReducer, minCameraRatio: 0.05, maxCameraRatio: 20 });
  } catch (e) {
    drawStatic(graph, canvasHost);
    host.setAttribute('data-renderer', 'canvas');
    host.appendChild(h('p', { class: 'note', style: 'position:absolute;top:6px;left:10px', text: 'WebGL is unavailable in this browser: a static drawing is shown.' }));
    return;
  }
  host.setAttribute('data-renderer', 'sigma');
  renderer.on('enterNode', function (ev) { state.hovered = ev.node; state.neighbors = new Set(graph.neighbors(ev.node)); showInfo(ev.node); renderer.refresh({ skipIndexation: true }); });
  renderer.on('leaveNode', function () { state.hovered = null; state.neighbors = null; showInfo(null); renderer.refresh({ skipIndexation: true }); });
  var cam = renderer.getCamera();
  var tools = h('div', { class: 'toolbar' }, [
    h('button', { type: 'button', title: 'Zoom in', 'aria-label': 'Zoom in', text: '+' }), h('button', { type: 'button', title: 'Zoom out', 'aria-label': 'Zoom out', text: '\u2212' }),
    h('button', { type: 'button', title: 'Reset view', 'aria-label': 'Reset view', text: '\u27F2' })]);
  tools.children[0].addEventListener('click', function () { cam.animatedZoom({ duration: 250 }); });
  tools.children[1].addEventListener('click', function () { cam.animatedUnzoom({ duration: 250 }); });
  tools.children[2].addEventListener('click', function () { cam.animatedReset({ duration: 250 }); });
  host.appendChild(tools);
  var legend = document.getElementById('network-legend');
  DATA.swarms.filter(function (sw) { return sw.inNetwork; }).forEach(function (sw) {
    var b = h('button', { type: 'button', 'aria-pressed': 'false', title: 'Show only ' + sw.id }, [dot(sw.color), sw.id + ' (' + sw.size + ')']);
    b.addEventListener('click', function () {
      state.swarm = state.swarm === sw.id ? null : sw.id;
      Array.prototype.forEach.call(legend.querySelectorAll('button'), function (x) { x.setAttribute('aria-pressed', 'false'); });
      if (state.swarm !== null) b.setAttribute('aria-pressed', 'true');
      renderer.refresh({ skipIndexation: true });
    });
    legend.appendChild(b);
  });
  if (net.truncated) legend.appendChild(h('span', { class: 'muted', text: 'Showing the ' + net.shownSwarms + ' largest of ' + DATA.swarms.length + ' swarms.' }));
}

function hasWebGL() {
  try { var c = document.createElement('canvas'); return !!(c.getContext('webgl2') || c.getContext('webgl')); } catch (e) { return false; }
}

function drawStatic(graph, hostEl) {
  var c = h('canvas', { width: hostEl.clientWidth || 800, height: hostEl.clientHeight || 560 });
  hostEl.appendChild(c);
  var ctx = c.getContext('2d'), xs = [], ys = [];
  graph.forEachNode(function (n, a) { xs.push(a.x); ys.push(a.y); });
  var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
  var sc = Math.min((c.width - 40) / Math.max(x1 - x0, 1e-9), (c.height - 40) / Math.max(y1 - y0, 1e-9));
  function px(a) { return [20 + (a.x - x0) * sc, c.height - 20 - (a.y - y0) * sc]; }
  ctx.strokeStyle = '#c3ccd6';
  graph.forEachEdge(function (e, a, s1, t1, sa, ta) { var p = px(sa), q = px(ta); ctx.beginPath(); ctx.moveTo(p[0], p[1]); ctx.lineTo(q[0], q[1]); ctx.stroke(); });
  graph.forEachNode(function (n, a) { var p = px(a); ctx.fillStyle = a.color; ctx.beginPath(); ctx.arc(p[0], p[1], a.size / 2 + 1, 0, 2 * Math.PI); ctx.fill(); });
}
`;
