/**
 * GEXF writer (Gephi): the account graph of the analysed period — the report's
 * kept edges aggregated over windows — written by graphology-gexf (GEXF 1.3),
 * then made dynamic: `mode="dynamic"` with ISO `dateTime` times, and each node
 * and edge given the time span of the windows it appears in (`start`/`end`, or
 * `<spells>` when it comes and goes), so Gephi's timeline can play the swarms.
 * Nodes carry `swarmId`, `core`, `posts` and the individual influence fields;
 * their colour is the swarm's. Edges carry `episodes`, `coCount`, `pValue`.
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP, scalarEntries, type Scalar } from './fields.js';
import { windowIntervals, windowsByIndex, type IsoInterval } from './window-intervals.js';
import { NO_SWARM_COLOR, swarmColor } from './html/palette.js';
import type { AccountReport, SwarmReport } from './types.js';

// XML 1.0 forbids most control characters and lone surrogates: replace them.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlSafe = (s: string): string => s.replace(XML_INVALID, '\ufffd');

interface NodeAttrs { label: string; color: string; size: number; attrs: Record<string, Scalar> }

/** Build the graph and the per-node / per-edge intervals, in insertion order. */
function buildGraph(report: SwarmReport): { graph: Graph<NodeAttrs>; nodeSpans: IsoInterval[][]; edgeSpans: IsoInterval[][] } {
  const graph = new Graph<NodeAttrs>({ type: 'undirected', multi: false });
  const windows = windowsByIndex(report.windows);
  const accounts = new Map<string, AccountReport>(report.accounts.map((a) => [a.account, a]));
  const swarmRank = new Map(report.swarms.map((s, i) => [s.id, i]));
  const core = new Set(report.swarms.flatMap((s) => s.coreMembers.map((m) => `${s.id}\u0000${m}`)));
  const nodeWindows = new Map<string, Set<number>>();
  const touch = (id: string, ws: Iterable<number>): void => {
    let set = nodeWindows.get(id);
    if (set === undefined) nodeWindows.set(id, (set = new Set()));
    for (const w of ws) set.add(w);
  };
  for (const e of report.edges) { touch(e.source, e.windows); touch(e.target, e.windows); }
  for (const s of report.swarms) for (const m of s.members) if (!nodeWindows.has(m)) touch(m, s.windows);
  const ids = new Map<string, string>();
  const nodeSpans: IsoInterval[][] = [];
  for (const [account, ws] of [...nodeWindows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let id = xmlSafe(account);
    for (let k = 2; graph.hasNode(id); k++) id = `${xmlSafe(account)}#${k}`;
    ids.set(account, id);
    const a = accounts.get(account);
    const swarmId = a?.swarmId ?? null;
    const rank = swarmId === null ? undefined : swarmRank.get(swarmId);
    const attrs: Record<string, Scalar> = {
      swarmId: swarmId === null ? null : xmlSafe(swarmId),
      core: swarmId !== null && core.has(`${swarmId}\u0000${account}`),
      posts: a?.posts ?? 0,
    };
    for (const [k, v] of scalarEntries(a?.individual, INDIVIDUAL_FIELD_ORDER, INDIVIDUAL_FIELD_SKIP)) attrs[k in attrs ? `individual_${k}` : k] = typeof v === 'string' ? xmlSafe(v) : v;
    graph.addNode(id, { label: xmlSafe(account), color: rank === undefined ? NO_SWARM_COLOR : swarmColor(rank), size: 1 + Math.sqrt(a?.posts ?? 1), attrs });
    nodeSpans.push(windowIntervals(ws, windows));
  }
  const edgeSpans: IsoInterval[][] = [];
  report.edges.forEach((e, i) => {
    const s = ids.get(e.source);
    const t = ids.get(e.target);
    if (s === undefined || t === undefined || s === t || graph.hasEdge(s, t)) return;
    graph.addEdgeWithKey(`e${i}`, s, t, { weight: e.weight, episodes: e.episodes, coCount: e.coCount, pValue: e.pValue, windowCount: e.windows.length });
    edgeSpans.push(windowIntervals(e.windows, windows));
  });
  return { graph, nodeSpans, edgeSpans };
}

/** Insert time spans into the i-th `<tag …>` element of the XML, in document order. */
function addSpans(xml: string, tag: 'node' | 'edge', spans: readonly IsoInterval[][]): string {
  let i = 0;
  const open = new RegExp(`<${tag}\\b((?:[^>"]|"[^"]*")*?)(/?)>`, 'g');
  return xml.replace(open, (whole: string, attrs: string, selfClosing: string) => {
    const span = spans[i++] ?? [];
    if (span.length === 0) return whole;
    const first = span[0]!;
    if (span.length === 1) return `<${tag}${attrs} start="${first.start}" end="${first.end}"${selfClosing}>`;
    const spells = `<spells>${span.map((s) => `<spell start="${s.start}" end="${s.end}"/>`).join('')}</spells>`;
    return selfClosing === '' ? `<${tag}${attrs}>${spells}` : `<${tag}${attrs}>${spells}</${tag}>`;
  });
}

/**
 * Render the report's account graph as dynamic GEXF 1.3 for Gephi.
 * @param report the report of {@link analyze}.
 * @returns the GEXF XML text.
 * @throws never for a report built by the library.
 * @example
 * writeFileSync('swarms.gexf', toGEXF(report)); // open in Gephi, colour by swarmId, play the timeline
 */
export function toGEXF(report: SwarmReport): string {
  const { graph, nodeSpans, edgeSpans } = buildGraph(report);
  graph.setAttribute('creator', `${report.generator.name} ${xmlSafe(report.generator.version)}`);
  graph.setAttribute('description', 'Account co-occurrence graph of the analysed period; nodes coloured by swarm.');
  const xml = write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: a.label, viz: { color: a.color, size: a.size }, attributes: a.attrs }),
    formatEdge: (_key, a) => ({ weight: a['weight'] as number, attributes: { episodes: a['episodes'], coCount: a['coCount'], pValue: a['pValue'], windowCount: a['windowCount'] } }),
  });
  const dynamic = xml.replace(/<graph\b/, '<graph mode="dynamic" timeformat="dateTime"');
  return addSpans(addSpans(dynamic, 'node', nodeSpans), 'edge', edgeSpans);
}
