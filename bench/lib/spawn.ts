/**
 * Run one (method, input) in a child process (`node --import tsx bench/one.ts …`) with a time
 * limit; a run past the limit is killed and recorded as `timeout`, never waited for.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InputSpec } from './inputs.js';
import type { MethodResult } from './result.js';

/**
 * Measure one method on one input in a fresh process.
 * @param repoRoot repository root (cwd of the child)
 * @param method a key of `METHODS`
 * @param input the input spec
 * @param timeoutMs time limit of the child (module loading included)
 * @returns the child's result, or a `timeout` / `error` row
 * @example
 * runChild(root, 'coortweet-10s', input, 240_000).wallMs;
 */
export function runChild(repoRoot: string, method: string, input: InputSpec, timeoutMs: number): MethodResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hs-bench-'));
  const out = path.join(dir, 'result.json');
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=12288', '--expose-gc', '--import', 'tsx', path.join(repoRoot, 'bench', 'one.ts'), method, JSON.stringify(input), out],
    { cwd: repoRoot, timeout: timeoutMs, killSignal: 'SIGKILL', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24, encoding: 'utf8' },
  );
  const elapsed = performance.now() - started;
  const empty = { method, input: input.id, phases: {}, rssMb: null, baseRssMb: null, counts: {}, quality: null };
  try {
    if (child.error !== undefined && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      return { ...empty, status: 'timeout', wallMs: timeoutMs };
    }
    if (child.status !== 0) {
      const lines = (child.stderr ?? '').trim().split('\n');
      const message = lines.find((l) => /Error|error:/.test(l)) ?? lines[0] ?? '';
      return { ...empty, status: 'error', wallMs: elapsed, error: `exit ${child.status ?? child.signal}: ${message.trim()}`.slice(0, 400) };
    }
    return JSON.parse(readFileSync(out, 'utf8')) as MethodResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
