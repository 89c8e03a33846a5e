/**
 * The published shape of the package (issue #21): the root export list is the small product API
 * the README documents; every subpath export (`hashtag-swarms/<stage>`) loads by its package name
 * from ESM (`import`) and CommonJS (`require`) with the same names, and type-checks for an ESM and
 * a CommonJS consumer (moduleResolution node16, bundler, and node10 through typesVersions); an error thrown by one entry is an
 * instance of the root's class; the `exports` map points at files that exist; the bin has a
 * shebang; and the version in code matches package.json.
 *
 * Everything here runs against dist/ (built once, shared with the CLI tests) through a
 * `node_modules/hashtag-swarms` symlink in a temporary folder, so Node and tsc resolve the
 * package exactly as a user's project does.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from 'hashtag-swarms';
import { ensureBuilt, ROOT } from './cli/helpers.js';

const execFileP = promisify(execFile);
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

interface Conditions { import: { types: string; default: string }; require: { types: string; default: string } }
interface PackageJson {
  name: string;
  version: string;
  engines: { node: string };
  bin: Record<string, string>;
  exports: Record<string, Conditions | string>;
  typesVersions: { '*': Record<string, string[]> };
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const entries = Object.entries(pkg.exports).filter((e): e is [string, Conditions] => typeof e[1] !== 'string');
const specifier = (key: string): string => key.replace(/^\./, pkg.name);

/** The root's exports, values and types: the product API, each listed in README.md's "API" section. */
const ROOT_VALUES = [
  'HashtagSwarmsError', 'InputError', 'InvalidOptionsError', 'RejectedInputError', 'RejectedRecordError', 'VERSION',
  'analyze', 'analyzeStream',
  'detectSchema', 'ingest', 'ingestStream', 'readRecords',
  'swarmHeadlines', 'toCSV', 'toGEXF', 'toHTML', 'toJSON', 'writeCSV',
  'evaluateSwarms', 'generateScenario', 'generateScenarioStream', 'writeScenario',
];
const ROOT_TYPES = [
  'HashtagSwarmsErrorCode',
  'AnalyzeInput', 'AnalyzeOptions', 'AnalyzeUpdate',
  'IngestInput', 'IngestOptions', 'IngestResult', 'IngestStream', 'Post', 'RawRecord', 'ReadRecordsOptions', 'RecordSchema',
  'RecordSource', 'Rejection', 'SchemaDetection',
  'AccountReport', 'CsvFileName', 'SwarmHeadline', 'SwarmReport', 'SwarmReportEntry', 'ToHtmlOptions', 'WindowReport',
  'DetectedSwarms', 'EvaluateOptions', 'Scenario', 'ScenarioName', 'ScenarioOptions', 'ScenarioStream', 'ScenarioTruth',
  'SwarmScores', 'TruthLike', 'WrittenScenario',
];

/** One function and one type of each entry: loaded at run time and used by the type-check consumers. */
const KNOWN: Record<string, { value: string; type: string }> = {
  '.': { value: 'analyze', type: 'SwarmReport' },
  './sources': { value: 'readRecords', type: 'RawRecord' },
  './ingest': { value: 'ingestStrict', type: 'Post' },
  './windows': { value: 'windowPostsSync', type: 'Window' },
  './graph': { value: 'buildAccountGraph', type: 'AccountGraphResult' },
  './swarms': { value: 'detectSwarms', type: 'WindowSwarms' },
  './influence': { value: 'scoreSwarms', type: 'GroupInfluence' },
  './track': { value: 'trackSwarms', type: 'TrackingResult' },
  './report': { value: 'toJSON', type: 'SwarmReport' },
  './pipeline': { value: 'resolveAnalyzeOptions', type: 'ResolvedAnalyzeOptions' },
  './synthetic': { value: 'generateOperations', type: 'OperationsScenario' },
  './evaluate': { value: 'contingencyTable', type: 'Contingency' },
};

/** Names a module exports, read from its declaration file's `export { … }` statements. */
function declaredExports(dts: string): string[] {
  const names: string[] = [];
  for (const m of dts.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (name !== '') names.push(name);
    }
  }
  return names.sort();
}

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  // A user's project: hashtag-swarms installed (a symlink to this checkout, so its package.json
  // "exports" and dist/ are what resolves) and Node's types for tsc.
  dir = mkdtempSync(join(tmpdir(), 'hs-package-'));
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'hashtag-swarms'), 'dir');
  symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'), 'dir');
}, 180_000);
afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('package', () => {
  it('keeps VERSION in sync with package.json', () => {
    expect(VERSION).toBe(pkg.version);
    expect(pkg.name).toBe('hashtag-swarms');
    expect(pkg.engines.node).toBe('>=20');
  });

  it('points every exports entry at a built file, with types for ESM and CJS', () => {
    expect(entries.length).toBeGreaterThan(1);
    for (const [key, e] of entries) {
      expect(e.import.types, key).toMatch(/\.d\.ts$/);
      expect(e.require.types, key).toMatch(/\.d\.cts$/);
      expect(e.import.default, key).toMatch(/\.js$/);
      expect(e.require.default, key).toMatch(/\.cjs$/);
      for (const f of [e.import.types, e.import.default, e.require.types, e.require.default]) expect(existsSync(join(ROOT, f)), `${key}: ${f}`).toBe(true);
    }
    expect(readFileSync(join(ROOT, pkg.bin['hashtag-swarms']!), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('publishes one subpath per stage public.ts, and knows an export of each', () => {
    const stages = readdirSync(join(ROOT, 'src')).filter((d) => existsSync(join(ROOT, 'src', d, 'public.ts')));
    expect(entries.map(([k]) => k).filter((k) => k !== '.').sort()).toEqual(stages.map((s) => `./${s}`).sort());
    expect(Object.keys(KNOWN).sort()).toEqual(entries.map(([k]) => k).sort());
    // TypeScript's node10 resolution (the default for `module: commonjs`) reads no "exports":
    // typesVersions gives it each subpath's declarations.
    const subpaths = Object.fromEntries(entries.filter(([k]) => k !== '.').map(([k, e]) => [k.slice(2), [e.import.types]]));
    expect(pkg.typesVersions['*']).toEqual(subpaths);
  });

  it('keeps the root export list small: the product, its types and the errors', () => {
    const root = pkg.exports['.'] as Conditions;
    const esm = declaredExports(readFileSync(join(ROOT, root.import.types), 'utf8'));
    const cjs = declaredExports(readFileSync(join(ROOT, root.require.types), 'utf8'));
    expect(esm).toEqual([...ROOT_VALUES, ...ROOT_TYPES].sort());
    expect(cjs).toEqual(esm);
  });

  it('documents every root name and every subpath in the README API section', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## API\n');
    expect(start, 'README.md has an "## API" section').toBeGreaterThan(0);
    const end = readme.indexOf('\n## ', start + 1);
    const api = readme.slice(start, end < 0 ? undefined : end);
    for (const name of [...ROOT_VALUES, ...ROOT_TYPES]) expect(api, name).toContain(`\`${name}\``);
    for (const [key] of entries) if (key !== '.') expect(api, key).toContain(`\`${specifier(key)}\``);
  });

  it('loads the root and every subpath by package name from ESM (import) and CJS (require), with the same names', async () => {
    const specs = entries.map(([k]) => specifier(k));
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const out = {};
      for (const s of ${JSON.stringify(specs)}) {
        const esm = await import(s);
        const cjs = require(s);
        out[s] = { esm: Object.keys(esm).sort(), cjs: Object.keys(cjs).sort(), types: Object.fromEntries(Object.keys(esm).map((k) => [k, typeof esm[k]])) };
      }
      console.log(JSON.stringify(out));`;
    writeFileSync(join(dir, 'load.mjs'), script);
    const { stdout } = await execFileP(process.execPath, ['load.mjs'], { cwd: dir });
    const loaded = JSON.parse(stdout) as Record<string, { esm: string[]; cjs: string[]; types: Record<string, string> }>;
    for (const [key] of entries) {
      const m = loaded[specifier(key)]!;
      expect(m.cjs, key).toEqual(m.esm);
      expect(m.types[KNOWN[key]!.value], `${key} ${KNOWN[key]!.value}`).toBe('function');
    }
    expect(loaded[pkg.name]!.esm).toEqual([...ROOT_VALUES].sort());
    // A subpath holds its stage's building blocks, not the errors (one home: the root).
    for (const [key] of entries) if (key !== '.') expect(loaded[specifier(key)]!.esm, key).not.toContain('InvalidOptionsError');
  });

  it("throws errors that are instances of the root's classes, whichever entry threw them (ESM and CJS)", async () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const check = (root, graph, ingest) => {
        const seen = [];
        try { graph.resolveAccountGraphOptions({ q: 5 }); } catch (e) { seen.push(e instanceof root.InvalidOptionsError && e instanceof root.HashtagSwarmsError); }
        try { ingest.resolveIngestOptions({ duplicates: 'nope' }); } catch (e) { seen.push(e instanceof root.InvalidOptionsError); }
        return seen;
      };
      const esm = check(await import('hashtag-swarms'), await import('hashtag-swarms/graph'), await import('hashtag-swarms/ingest'));
      const cjs = check(require('hashtag-swarms'), require('hashtag-swarms/graph'), require('hashtag-swarms/ingest'));
      console.log(JSON.stringify({ esm, cjs }));`;
    writeFileSync(join(dir, 'errors.mjs'), script);
    const { stdout } = await execFileP(process.execPath, ['errors.mjs'], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ esm: [true, true], cjs: [true, true] });
  });

  describe('types', () => {
    /** A consumer that imports a function and a type from every entry and checks neither is `any`. */
    const consumer = (): string => [
      'type IsAny<T> = 0 extends 1 & T ? true : false;',
      ...entries.map(([key], i) => {
        const { value, type } = KNOWN[key]!;
        return [
          `import { ${value} as v${i}, type ${type} as T${i} } from '${specifier(key)}';`,
          `export const notAnyValue${i}: IsAny<typeof v${i}> = false;`,
          `export const notAnyType${i}: IsAny<T${i}> = false;`,
          `export const isFunction${i}: (...args: never[]) => unknown = v${i};`,
        ].join('\n');
      }),
      '',
    ].join('\n');
    const tsc = (args: string[]): Promise<{ errors: string; stdout: string }> =>
      execFileP(TSC, ['--noEmit', '--strict', '--types', 'node', '--target', 'es2022', ...args], { cwd: dir })
        .then((r) => ({ errors: '', stdout: r.stdout }), (e: { stdout?: string }) => ({ errors: e.stdout ?? String(e), stdout: '' }));
    let node16: Promise<{ errors: string; stdout: string }>;
    let bundler: Promise<{ errors: string; stdout: string }>;
    let node10: Promise<{ errors: string; stdout: string }>;

    beforeAll(() => {
      for (const f of ['consumer.mts', 'consumer.cts', 'consumer-bundler.ts', 'consumer-node10.ts']) writeFileSync(join(dir, f), consumer());
      // All at once (≈ 20 s together). The node16 run also checks the emitted declarations
      // themselves (no skipLibCheck): a .d.ts / .d.cts that does not compile fails here.
      node16 = tsc(['--module', 'node16', '--moduleResolution', 'node16', '--listFiles', 'consumer.mts', 'consumer.cts']);
      bundler = tsc(['--skipLibCheck', '--module', 'esnext', '--moduleResolution', 'bundler', 'consumer-bundler.ts']);
      node10 = tsc(['--skipLibCheck', '--module', 'commonjs', '--moduleResolution', 'node10', 'consumer-node10.ts']);
    });

    it('type-checks an ESM (.mts) and a CommonJS (.cts) consumer with moduleResolution node16', async () => {
      expect((await node16).errors).toBe('');
    }, 90_000);

    it('resolves the CJS consumer to the .d.cts declarations and the ESM one to the .d.ts', async () => {
      const files = (await node16).stdout.split('\n').map((l) => l.trim());
      for (const [key, e] of entries) {
        expect(files.some((f) => f.endsWith(e.import.types.slice(1))), `${key} ${e.import.types}`).toBe(true);
        expect(files.some((f) => f.endsWith(e.require.types.slice(1))), `${key} ${e.require.types}`).toBe(true);
      }
    }, 90_000);

    it('type-checks a consumer with moduleResolution bundler', async () => {
      expect((await bundler).errors).toBe('');
    }, 90_000);

    it('type-checks a CommonJS consumer with the legacy moduleResolution node10 (through typesVersions)', async () => {
      expect((await node10).errors).toBe('');
    }, 90_000);
  });
});
