/**
 * The published shape of the package: ESM and CJS entry points load and expose the same API,
 * the `exports` map points at files that exist, types are emitted, the bin has a shebang, and the
 * version in code matches package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from 'hashtag-swarms';
import { ensureBuilt, ROOT } from './cli/helpers.js';

interface PackageJson {
  name: string;
  version: string;
  engines: { node: string };
  bin: Record<string, string>;
  exports: { '.': { import: { types: string; default: string }; require: { types: string; default: string } } };
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

describe('package', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  it('keeps VERSION in sync with package.json', () => {
    expect(VERSION).toBe(pkg.version);
    expect(pkg.name).toBe('hashtag-swarms');
    expect(pkg.engines.node).toBe('>=20');
  });

  it('points every exports entry at a built file', () => {
    const e = pkg.exports['.'];
    for (const f of [e.import.types, e.import.default, e.require.types, e.require.default, pkg.bin['hashtag-swarms']!]) {
      expect(existsSync(join(ROOT, f)), f).toBe(true);
    }
    expect(readFileSync(join(ROOT, pkg.bin['hashtag-swarms']!), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('loads the same API from ESM and CJS', async () => {
    const esm = (await import(pathToFileURL(join(ROOT, pkg.exports['.'].import.default)).href)) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(join(ROOT, pkg.exports['.'].require.default)) as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    for (const name of ['analyze', 'analyzeStream', 'readRecords', 'ingest', 'buildAccountGraph', 'detectSwarms', 'scoreSwarms', 'toHTML', 'generateScenario', 'evaluateSwarms']) {
      expect(typeof esm[name], name).toBe('function');
    }
    expect(esm['VERSION']).toBe(pkg.version);
  });

  it('emits declarations for the public types', () => {
    const dts = readFileSync(join(ROOT, pkg.exports['.'].import.types), 'utf8');
    for (const name of ['SwarmReport', 'AnalyzeOptions', 'Post', 'Rejection', 'AccountGraphResult', 'GroupInfluence', 'IndividualInfluence']) {
      expect(dts, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
    const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/:\s*any\b|<any>|\bas any\b/);
  });
});
