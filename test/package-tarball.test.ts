/**
 * What a user gets from the registry (issue #24, item 5): a copy of the checkout as a clean clone
 * has it (the files git knows, no dist/) is packed with `npm pack`, which must build it (prepack);
 * the tarball must hold the code, the types, the CLI and the docs the README links to; installed
 * into an empty folder, `npx hashtag-swarms analyze` must run and the library must load.
 *
 * Offline: the runtime dependencies are copied from the checkout's node_modules into the empty
 * project first (the closure of the non-dev packages of package-lock.json), so `npm install
 * --offline <tarball>` has nothing to fetch. The build in the clean copy makes this the slowest
 * test file (≈ 15–45 s).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './cli/helpers.js';

interface Conditions { import: { types: string; default: string }; require: { types: string; default: string } }
/** The package's exports entries with conditions (the root and each subpath; not ./package.json). */
const EXPORTS = Object.fromEntries(
  Object.entries((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Conditions | string> }).exports)
    .filter((e): e is [string, Conditions] => typeof e[1] !== 'string'),
);

/** What a build and a pack read, when git cannot list the checkout's files. */
const FALLBACK_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsup.config.ts', 'README.md', 'LICENSE', 'src', 'docs', 'bench/README.md'];

let dir: string;
let clone: string;
let consumer: string;
let packed: { filename: string; files: { path: string }[] };

function run(command: string, args: readonly string[], cwd: string, timeout = 180_000): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  if (r.error !== undefined) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The checkout as a clean clone has it: tracked and new (not ignored) files, without node_modules or dist. */
function copyCheckout(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  const files = listed.status === 0
    ? listed.stdout.split('\0').filter((f) => f !== '' && f !== 'node_modules' && !f.startsWith('node_modules/') && !f.startsWith('dist/') && existsSync(join(ROOT, f)))
    : FALLBACK_FILES;
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(ROOT, f), join(to, f), { recursive: true });
  }
}

/** Copy the runtime dependency closure (non-dev packages of the lockfile) into `to/node_modules`. */
function copyRuntimeDependencies(to: string): void {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  const modules = realpathSync(join(ROOT, 'node_modules'));
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Top-level packages only: a nested node_modules is copied with its parent.
    if (path === '' || entry.dev === true || entry.devOptional === true || path.split('node_modules/').length !== 2) continue;
    const name = path.slice('node_modules/'.length);
    cpSync(join(modules, name), join(to, 'node_modules', name), { recursive: true });
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hs-tarball-'));
  clone = join(dir, 'clone');
  consumer = join(dir, 'consumer');
  mkdirSync(clone);
  copyCheckout(clone);
  expect(existsSync(join(clone, 'dist'))).toBe(false);
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(clone, 'node_modules'), 'dir');
  const out = ok(run('npm', ['pack', '--json', '--pack-destination', dir], clone), 'npm pack');
  // npm pack --json prints the JSON after the build's output (the prepack script's).
  packed = (JSON.parse(out.slice(out.indexOf('[\n'))) as (typeof packed)[])[0]!;
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  copyRuntimeDependencies(consumer);
  ok(run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], consumer, 120_000), 'npm install of the tarball');
}, 300_000);
afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('is built by npm pack from a clean clone and holds the code, types and CLI', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/analyze-worker.js', 'dist/analyze-worker.cjs']) {
      expect(files, f).toContain(f);
    }
    // Every exports entry (the root and each subpath): its ESM and CJS code and types.
    for (const [key, e] of Object.entries(EXPORTS)) {
      for (const f of [e.import.types, e.import.default, e.require.types, e.require.default]) expect(files, `${key}: ${f}`).toContain(f.replace(/^\.\//, ''));
    }
  });

  it('holds every file the README links to', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/i.test(l));
    expect(links.length).toBeGreaterThan(0);
    const files = packed.files.map((f) => f.path);
    for (const link of links) expect(files, link).toContain(link.replace(/^\.\//, ''));
  });
});

describe('installed into an empty folder', () => {
  it('runs `npx hashtag-swarms analyze` on a dataset', () => {
    const r = run('npx', ['--no-install', 'hashtag-swarms', 'analyze', join(FIXTURES, 'tiny.ndjson'), '--window', '6h'], consumer, 60_000);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Read 92 records: 92 accepted, 0 rejected.');
  });

  it('loads the library from ESM and CommonJS', () => {
    const esm = run(process.execPath, ['--input-type=module', '-e', "const m = await import('hashtag-swarms'); console.log(typeof m.analyze, m.VERSION);"], consumer, 60_000);
    expect(ok(esm, 'import').trim()).toMatch(/^function \d+\.\d+\.\d+/);
    const cjs = run(process.execPath, ['-e', "const m = require('hashtag-swarms'); console.log(typeof m.readRecords);"], consumer, 60_000);
    expect(ok(cjs, 'require').trim()).toBe('function');
  });

  it('loads every subpath export from ESM and CommonJS, with the same names', () => {
    const specs = Object.keys(EXPORTS).map((k) => k.replace(/^\./, 'hashtag-swarms'));
    const count = (how: string): string => `const n = {}; for (const s of ${JSON.stringify(specs)}) n[s] = Object.keys(${how}).sort().join(); console.log(JSON.stringify(n));`;
    const esm = JSON.parse(ok(run(process.execPath, ['--input-type=module', '-e', count('await import(s)')], consumer, 60_000), 'import')) as Record<string, string>;
    const cjs = JSON.parse(ok(run(process.execPath, ['-e', `(async () => { ${count('require(s)')} })()`], consumer, 60_000), 'require')) as Record<string, string>;
    expect(Object.keys(esm)).toEqual(specs);
    expect(cjs).toEqual(esm);
    for (const s of specs) expect(esm[s], s).not.toBe('');
  });
});
