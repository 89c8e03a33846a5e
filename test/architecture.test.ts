/**
 * Module boundaries (DESIGN.md §3, STYLE.md "Layout"): a stage imports only the
 * stages to its left, and only through their index.ts; each third-party package
 * belongs to one stage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Pipeline rank: a module may import ranks ≤ its own (shared helpers are rank 0). */
const RANK: Record<string, number> = {
  _lib: 0, errors: 0, version: 0,
  sources: 1, ingest: 2, synthetic: 2.5, windows: 3, graph: 4, swarms: 5, evaluate: 5.5,
  influence: 6, track: 6.5, report: 7, pipeline: 7.5, cli: 8, index: 9,
};

/** Which stages may use which third-party package. */
const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  'graphology-communities-louvain': ['swarms'],
  'date-fns': ['windows', 'ingest'],
  'csv-parse': ['sources'],
  'hashtag-regex': ['ingest'],
  commander: ['cli'],
  'cli-progress': ['cli'],
  'graphology-gexf': ['report'],
};

/**
 * Packages whose root module is a barrel of hundreds of modules: import each function from its
 * own module. `import { milliseconds } from 'date-fns'` loaded all of date-fns at every start of
 * the library, a worker or the CLI (import of the built library 0.49 s → 0.25 s with the deep import).
 */
const NO_BARREL = new Set(['date-fns']);

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function stageOf(file: string): string {
  const rel = relative(src, file).split(sep);
  return rel.length === 1 ? rel[0]!.replace(/\.(ts|js)$/, '') : rel[0]!;
}

export function importsOf(code: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(re)) specs.push((m[1] ?? m[2])!);
  return specs;
}

export interface Violation { file: string; spec: string; why: string }

export function checkFile(file: string, code: string): Violation[] {
  const v: Violation[] = [];
  const stage = stageOf(file);
  const rank = RANK[stage];
  if (rank === undefined) return [{ file, spec: '', why: `unknown stage '${stage}'` }];
  for (const spec of importsOf(code)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const tStage = stageOf(target);
      const tRank = RANK[tStage];
      if (tRank === undefined) { v.push({ file, spec, why: `unknown stage '${tStage}'` }); continue; }
      if (tStage === stage) continue;
      if (tRank > rank) v.push({ file, spec, why: `${stage} imports ${tStage}, which is to its right` });
      const rel = relative(src, target).split(sep);
      if (tRank > 0 && stage !== 'index' && !(rel.length === 2 && rel[1] === 'index.js')) {
        v.push({ file, spec, why: `${stage} imports ${tStage} other than through its index.js` });
      }
    } else {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      const owners = PACKAGE_OWNERS[pkg];
      if (owners && !owners.includes(stage)) v.push({ file, spec, why: `${pkg} belongs to ${owners.join('/')}, not ${stage}` });
      if (NO_BARREL.has(spec)) v.push({ file, spec, why: `${pkg} imported from its barrel; import the function's own module` });
    }
  }
  return v;
}

/**
 * Files allowed to keep mutable state at module level: documented scratch pools only (a run's
 * caches belong to the run — pipeline/window-outcome.ts's createWindowRunner owns the window
 * table — and are dropped with it).
 */
const SCRATCH_POOLS = new Set(['_lib/scratch.ts']);

/** Module-level state that is not a cache: each line with its reason. */
const ALLOWED_STATE: Record<string, string> = {
  // A brand, not data: the frozen options objects a resolver built (weak, holds nothing alive).
  '_lib/options.ts: const resolvedOptions = new WeakSet<object>();': 'brand of resolved options',
};

/**
 * Module-level mutable state in a file's code: a top-level `let`/`var`, or a top-level `const`
 * bound to a new Map, Set, WeakMap, array or typed array (lines inside template literals, such
 * as the HTML page's browser code, are skipped).
 */
export function moduleStateOf(code: string): string[] {
  const found: string[] = [];
  let inTemplate = false;
  for (const line of code.split('\n')) {
    const ticks = (line.replace(/\\`/g, '').match(/`/g) ?? []).length;
    if (!inTemplate) {
      if (/^(let|var)\s/.test(line)) found.push(line.trim());
      else if (/^(export\s+)?const\s+\w+\s*(:[^=]+)?=\s*(new\s+(Map|Set|WeakMap|WeakSet|Array|Int8Array|Uint8Array|Int16Array|Uint16Array|Int32Array|Uint32Array|Float32Array|Float64Array)\b|\[\s*\]\s*;)/.test(line)) found.push(line.trim());
    }
    if (ticks % 2 === 1) inTemplate = !inTemplate;
  }
  return found;
}

describe('architecture', () => {
  it('keeps no mutable state at module level outside the documented scratch pools', () => {
    const found = listTs(src)
      .filter((f) => !SCRATCH_POOLS.has(relative(src, f).split(sep).join('/')))
      .flatMap((f) => moduleStateOf(readFileSync(f, 'utf8')).map((line) => `${relative(src, f).split(sep).join('/')}: ${line}`))
      .filter((entry) => ALLOWED_STATE[entry] === undefined);
    expect(found).toEqual([]);
  });

  it('flags a module-level cache (the checker itself can fail)', () => {
    expect(moduleStateOf('let previous: Post[] | null = null;\nconst cache = new Map<string, number>();\nconst x = 1;')).toHaveLength(2);
    expect(moduleStateOf('const page = `\nvar DATA = 1;\n`;')).toEqual([]);
  });

  it('keeps every import pointing leftwards in the pipeline, through index.js', () => {
    const violations = listTs(src).flatMap((f) => checkFile(f, readFileSync(f, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('flags an import to the right (the checker itself can fail)', () => {
    const bad = checkFile(join(src, 'graph', 'x.ts'), "import { analyze } from '../pipeline/index.js';");
    expect(bad.map((b) => b.why)).toContain('graph imports pipeline, which is to its right');
  });

  it('flags a deep import into another stage', () => {
    const bad = checkFile(join(src, 'graph', 'x.ts'), "import type { Post } from '../ingest/types.js';");
    expect(bad).toHaveLength(1);
  });

  it('flags a third-party package used outside its stage', () => {
    const bad = checkFile(join(src, 'graph', 'x.ts'), "import louvain from 'graphology-communities-louvain';");
    expect(bad).toHaveLength(1);
  });

  it('imports, in src, only node built-ins and the packages listed in dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const external = new Set<string>();
    for (const f of listTs(src)) {
      for (const spec of importsOf(readFileSync(f, 'utf8'))) {
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        external.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    // A package a user's install would lack (a devDependency) breaks the built library.
    expect([...external].filter((p) => !(p in pkg.dependencies)).sort()).toEqual([]);
  });

  it('flags a barrel import of date-fns and accepts the per-function module', () => {
    expect(checkFile(join(src, 'windows', 'x.ts'), "import { milliseconds } from 'date-fns';")).toHaveLength(1);
    expect(checkFile(join(src, 'windows', 'x.ts'), "import { milliseconds } from 'date-fns/milliseconds';")).toEqual([]);
  });

  it('accepts shared helpers from any stage', () => {
    expect(checkFile(join(src, 'sources', 'x.ts'), "import { createRng } from '../_lib/rng.js';")).toEqual([]);
  });
});
