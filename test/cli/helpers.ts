/**
 * Runs the BUILT command line (`node dist/cli.js`) as a subprocess. The build
 * runs once (`npx tsup`) when dist/cli.js is missing or older than a source
 * file or tsup.config.ts; a lock directory keeps parallel test files from building together.
 * HASHTAG_SWARMS_CLI may point at another built binary.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = process.env['HASHTAG_SWARMS_CLI'] ?? join(ROOT, 'dist', 'cli.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestSource(p) : s.mtimeMs);
  }
  return newest;
}

// The build's inputs: src/ and the tsup config (which names the entries).
const fresh = (): boolean => existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(newestSource(join(ROOT, 'src')), statSync(join(ROOT, 'tsup.config.ts')).mtimeMs);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Build dist/ when it is missing or stale (no-op with HASHTAG_SWARMS_CLI). */
export async function ensureBuilt(): Promise<void> {
  if (process.env['HASHTAG_SWARMS_CLI'] !== undefined || fresh()) return;
  const lock = join(ROOT, '.tmp', 'cli-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (fresh()) return;
      if (waited > 150_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (fresh()) return;
    const r = spawnSync('npx', ['tsup'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** What a finished run printed. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI to completion (stdin from `input`, or closed). */
export function runCli(args: readonly string[], input?: string, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = startCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`timed out: ${args.join(' ')}\n${stderr}`)); }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolvePromise({ code, stdout, stderr }); });
    child.stdin?.end(input ?? '');
  });
}

/** Start the CLI without waiting (for --follow). */
export function startCli(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
}
