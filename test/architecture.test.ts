/**
 * Module boundaries (DESIGN.md §3, STYLE.md "Layout"): a stage imports only the
 * stages to its left, and only through their index.ts; each third-party package
 * belongs to one stage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Pipeline rank: a module may import ranks ≤ its own (shared helpers are rank 0). */
const RANK: Record<string, number> = {
  _lib: 0, errors: 0, version: 0,
  sources: 1, ingest: 2, synthetic: 2.5, windows: 3, graph: 4, groups: 4.5, swarms: 5, evaluate: 5.5,
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
 * Module-level mutable state outside the documented scratch pools: a `let`/`var` at the top of
 * a module, or a top-level `const` holding a stateful object (anything built with `new`, or a
 * mutable object/array literal). A run owns its state; a module keeps only constants.
 * Allowed, each with its reason:
 */
const STATE_ALLOWED: Readonly<Record<string, string>> = {
  '_lib/scratch.ts': 'the documented scratch pools (typed-array buffers reused by per-window kernels, _lib/scratch.ts)',
  '_lib/options.ts': 'a WeakSet marking option objects already resolved: no data, nothing kept alive',
};

export function moduleStateOf(file: string, code: string): string[] {
  const out: string[] = [];
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const hasNew = (node: ts.Node): boolean => {
    if (ts.isNewExpression(node)) return true;
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    return ts.forEachChild(node, hasNew) === true;
  };
  const frozen = (init: ts.Expression): boolean =>
    (ts.isCallExpression(init) && init.expression.getText(sf) === 'Object.freeze') ||
    (ts.isAsExpression(init) && init.type.getText(sf) === 'const');
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const kind = list.flags & ts.NodeFlags.Const ? 'const' : list.flags & ts.NodeFlags.Let ? 'let' : 'var';
    for (const d of list.declarations) {
      const name = d.name.getText(sf);
      if (kind !== 'const') out.push(`${kind} ${name}`);
      else if (d.initializer === undefined || frozen(d.initializer)) continue;
      else if (hasNew(d.initializer)) out.push(`const ${name} = new …`);
      else if (ts.isObjectLiteralExpression(d.initializer) || ts.isArrayLiteralExpression(d.initializer)) {
        const type = d.type?.getText(sf) ?? '';
        if (!/^(Readonly|readonly )/.test(type)) out.push(`const ${name} = mutable literal`);
      }
    }
  }
  return out;
}

describe('architecture', () => {
  it('keeps no module-level mutable state in src/ outside the documented scratch pools', () => {
    const found = listTs(src).flatMap((f) => {
      const rel = relative(src, f).split(sep).join('/');
      return rel in STATE_ALLOWED ? [] : moduleStateOf(f, readFileSync(f, 'utf8')).map((s) => `${rel}: ${s}`);
    });
    expect(found).toEqual([]);
  });

  it('flags module-level state (the checker itself can fail) and accepts constants', () => {
    expect(moduleStateOf('x.ts', 'let cache = new Map();\nconst pool = new Int32Array(4);\nconst box = { n: 0 };')).toEqual([
      'let cache', 'const pool = new …', 'const box = mutable literal',
    ]);
    expect(moduleStateOf('x.ts', "const A = Object.freeze({ n: 1 });\nconst B: Readonly<Record<string, number>> = { n: 1 };\nconst C = ['a'] as const;\nconst D = 3;\nfunction f() { let x = new Map(); return x; }")).toEqual([]);
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
