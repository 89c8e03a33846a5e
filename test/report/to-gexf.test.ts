import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/report/to-gexf.js';
import type { SwarmReport } from '../../src/report/types.js';
import { FIXTURE_BAIT, reportSmall } from '../fixtures/report-small.js';

const accountsInGraph = new Set(reportSmall.edges.flatMap((e) => [e.source, e.target]));

describe('toGEXF', () => {
  const xml = toGEXF(reportSmall);

  it('returns GEXF that graphology-gexf parses back with the same node and edge counts', () => {
    const g = parse(Graph, xml);
    expect(g.order).toBe(accountsInGraph.size);
    expect(g.size).toBe(reportSmall.edges.length);
    expect(g.type).toBe('undirected');
  });

  it('returns nodes with swarm id, core flag and individual influence attributes', () => {
    const g = parse(Graph, xml);
    expect(g.getNodeAttribute('alice', 'swarmId')).toBe('s1');
    expect(g.getNodeAttribute('alice', 'core')).toBe(true);
    expect(g.getNodeAttribute('alice', 'leadFollowers')).toBe(12);
    expect(g.hasNodeAttribute('alice', 'account')).toBe(false);
    expect(g.getNodeAttribute(FIXTURE_BAIT.script, 'swarmId')).toBe('s3');
    expect(g.getNodeAttribute(FIXTURE_BAIT.quoted, 'label')).toBe(FIXTURE_BAIT.quoted);
    expect(g.getEdgeAttribute('alice', 'bob', 'episodes')).toBe(9);
  });

  it('returns a dynamic graph with node and edge time spans from their windows', () => {
    expect(xml).toMatch(/<graph mode="dynamic" timeformat="dateTime"/);
    // alice–bob is kept in windows 0,1,2 (overlapping sliding windows): one span from w0 start to w2 end.
    expect(xml).toMatch(/<edge [^>]*source="alice" target="bob"[^>]* start="2024-01-01T00:00:00.000Z" end="2024-01-02T12:00:00.000Z"/);
    // bob–"-dave" only in window 0.
    expect(xml).toMatch(/source="-dave" target="bob"[^>]* start="2024-01-01T00:00:00.000Z" end="2024-01-02T00:00:00.000Z"/);
  });

  it('returns spells for an element that comes and goes', () => {
    const gappy = { ...reportSmall, windows: [...reportSmall.windows, { ...reportSmall.windows[3]!, index: 9, start: '2024-01-10T00:00:00.000Z', end: '2024-01-11T00:00:00.000Z' }],
      edges: [{ ...reportSmall.edges[0]!, windows: [0, 9] }] } as SwarmReport;
    const out = toGEXF(gappy);
    expect(out).toContain('<spells><spell start="2024-01-01T00:00:00.000Z" end="2024-01-02T00:00:00.000Z"/><spell start="2024-01-10T00:00:00.000Z" end="2024-01-11T00:00:00.000Z"/></spells>');
    expect(parse(Graph, out).size).toBe(1);
  });

  it('returns well-formed XML for control characters and markup in names', () => {
    const nasty = { ...reportSmall, edges: [{ ...reportSmall.edges[0]!, source: 'a\u0001<b>&"', target: 'zed' }] } as SwarmReport;
    const g = parse(Graph, toGEXF(nasty));
    expect(g.hasNode('a\ufffd<b>&"')).toBe(true);
  });

  it('returns the same text for the same report', () => {
    expect(toGEXF(reportSmall)).toBe(xml);
  });
});
