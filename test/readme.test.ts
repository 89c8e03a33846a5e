/**
 * The README runs (issue #24: "the README's every command and snippet runs verbatim in a test").
 *
 * README.md is parsed at test time: every fenced block is classified as shell (`sh`), code (`ts`)
 * or output (a fence without a language: a diagram, a message the CLI prints), and every shell
 * command and code snippet is run as written, in README order, in one temporary working directory
 * that holds the input files the README names (made from a seeded synthetic scenario, or copied
 * from examples/data and test/fixtures). A README edit that breaks a command or a snippet fails
 * here.
 *
 * The one substitution: a command's leading `npx hashtag-swarms` becomes `node <ROOT>/dist/cli.js`
 * (what `npx hashtag-swarms` runs in a built clone, without npx's lookup). Commands go through
 * `/bin/sh -c`, so `\` continuations, `<` redirections and `# comments` are the shell's. `npm …`
 * commands run in the repository (they are the clone's scripts). Code snippets are written to
 * `readme-<line>.mts` and run with `tsx`; `hashtag-swarms` resolves through a
 * `node_modules/hashtag-swarms` symlink to this repository, so its package.json `exports` (dist/)
 * are what a snippet imports, and the snippets are type-checked against the published `.d.ts`.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../src/index.js';
import type { Post } from '../src/index.js';
import { CLI, ensureBuilt, ROOT } from './cli/helpers.js';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

// ---------------------------------------------------------------------------------------------
// The README's fenced blocks.

type Kind = 'shell' | 'code' | 'output';
interface Block { readonly kind: Kind; readonly lang: string; readonly line: number; readonly body: string }

function readmeBlocks(): Block[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const lang = open[1]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`README.md:${start + 1}: unclosed fence`);
    const kind: Kind | undefined = ['sh', 'bash', 'shell'].includes(lang) ? 'shell'
      : ['ts', 'typescript', 'js', 'javascript', 'mts'].includes(lang) ? 'code'
      : ['', 'text', 'json', 'console'].includes(lang) ? 'output' : undefined;
    // A new kind of block must be classified here, not silently left unrun.
    if (kind === undefined) throw new Error(`README.md:${start + 1}: unclassified fence language '${lang}'`);
    blocks.push({ kind, lang, line: start + 1, body: body.join('\n') });
  }
  return blocks;
}

interface Command { readonly line: number; readonly text: string }

/** A shell block's commands: `\`-continued lines joined as the shell joins them, `&&` chains split. */
function shellCommands(block: Block): Command[] {
  const out: Command[] = [];
  const lines = block.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let text = lines[i]!;
    while (text.endsWith('\\') && i + 1 < lines.length) text = `${text}\n${lines[++i]!}`;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    for (const part of text.split(' && ')) out.push({ line: block.line + 1 + first, text: part.trim() });
  }
  return out;
}

const BLOCKS = readmeBlocks();
const COMMANDS = BLOCKS.filter((b) => b.kind === 'shell').flatMap(shellCommands);
const SNIPPETS = BLOCKS.filter((b) => b.kind === 'code');

/**
 * Commands the test does not run, and why. Each must still be in the README (checked below), so
 * the list cannot outlive the commands it excuses.
 */
const SKIP: ReadonlyMap<string, string> = new Map([
  // Network, and it would rewrite the node_modules every other test file is using.
  ['npm install', 'installs from the registry (network) over the shared node_modules'],
  ['npm ci', 'installs from the registry (network) and deletes node_modules first'],
  ['npm install hashtag-swarms', 'installs the published package from the registry (network); test/package-tarball.test.ts installs the packed tarball offline instead'],
  // Would recurse: this file is part of the suite.
  ['npm test', 'runs the whole suite, this file included'],
  // ensureBuilt() has already run `npx tsup` (the script's command, checked below); rebuilding
  // here would rewrite dist/ under the CLI tests running in parallel.
  ['npm run build', 'dist/ is built by ensureBuilt() with the same tsup; a rebuild would rewrite dist/ under parallel test files'],
]);

/** The npm commands the test runs (in the repository); any other needs a decision: here or SKIP. */
const NPM_RUN: ReadonlySet<string> = new Set(['npm run demo']);

// ---------------------------------------------------------------------------------------------
// The inputs the README names, made in the working directory.

let dir: string;

const iso = (p: Post): string => new Date(p.timeMs).toISOString();
const csvCell = (v: string | number | undefined): string => {
  const s = v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string =>
  `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;

function prepareInputs(): void {
  // Two planted swarms among 150 accounts over two days (the examples' samples), in time order.
  const { posts } = generateScenario({ scenario: 'easy', seed: 7, accounts: 150, days: 2, swarms: 2, swarmSizeMin: 6, swarmSizeMax: 10, shocksPerDay: 1, shockAccountsMin: 20, shockAccountsMax: 40 });
  const sorted = [...posts].sort((a, b) => a.timeMs - b.timeMs);
  const generic = sorted.map((p) => ({ id: p.id, account: p.account, time: iso(p), hashtags: p.hashtags, followers: p.followers, likes: p.likes, reposts: p.reposts, replies: p.replies, repostOf: p.repostOf, replyTo: p.replyTo }));

  // rtweet::write_as_csv columns, hashtags space-separated (`rstats useR2019`).
  writeFileSync(join(dir, 'tweets.csv'), csv(
    ['status_id', 'user_id', 'screen_name', 'created_at', 'text', 'is_retweet', 'retweet_status_id', 'reply_to_status_id', 'hashtags', 'retweet_count', 'favorite_count', 'followers_count'],
    sorted.map((p) => [p.id, `1${p.account.replace(/\D/g, '')}`, p.account, iso(p), `Post ${p.hashtags.map((h) => `#${h}`).join(' ')}`, p.repostOf === undefined ? 'FALSE' : 'TRUE', p.repostOf, p.replyTo, p.hashtags.join(' '), p.reposts, p.likes, p.followers]),
  ));
  // A time-ordered generic export, gzipped; the same posts as NDJSON for the live feed.
  writeFileSync(join(dir, 'export.csv.gz'), gzipSync(csv(['id', 'account', 'time', 'hashtags'], generic.map((p) => [p.id, p.account, p.time, p.hashtags.join(' ')]))));
  writeFileSync(join(dir, 'live.ndjson'), `${generic.map((p) => JSON.stringify(p)).join('\n')}\n`);
  // A CSV in the German-elections shape (anonymised integer ids, unix seconds, one hashtag a
  // row): 2,000 rows, the README's example of a CSV that matches no schema.
  const tagIds = new Map<string, number>();
  const tagId = (h: string): number => tagIds.get(h) ?? (tagIds.set(h, tagIds.size + 1), tagIds.size);
  writeFileSync(join(dir, 'posts.csv'), csv(
    ['account_id', 'post_id', 'url_id', 'hashtag_id', 'domain_id', 'phash_id', 'timestamp'],
    sorted.slice(0, 2000).map((p, i) => [Number(p.account.replace(/\D/g, '')), i + 1, '', tagId(p.hashtags[0]!), '', '', Math.floor(p.timeMs / 1000)]),
  ));

  // Platform exports: the examples' samples and the sources' fixtures.
  const ex = (name: string): string => join(ROOT, 'examples', 'data', name);
  const fx = (name: string): string => join(ROOT, 'test', 'fixtures', 'sources', name);
  mkdirSync(join(dir, 'examples', 'data'), { recursive: true });
  copyFileSync(ex('ira-canada-2017q3.csv'), join(dir, 'examples', 'data', 'ira-canada-2017q3.csv'));
  copyFileSync(ex('ira-canada-2017q3.csv'), join(dir, 'IRAhandle_tweets_1.csv'));
  copyFileSync(ex('mastodon-sample.json'), join(dir, 'statuses.json'));
  copyFileSync(fx('twitter-v1.jsonl'), join(dir, 'statuses.jsonl'));
  copyFileSync(fx('twitter-v2-pages.ndjson'), join(dir, 'twarc2-pages.jsonl'));
  // searchPosts pages `{ posts }`, one page of 100 post views a line.
  const views = readFileSync(ex('bluesky-sample.ndjson'), 'utf8').trim().split('\n');
  const pages: string[] = [];
  for (let i = 0; i < views.length; i += 100) pages.push(`{"posts":[${views.slice(i, i + 100).join(',')}]}`);
  writeFileSync(join(dir, 'search-pages.ndjson'), `${pages.join('\n')}\n`);

  // `import … from 'hashtag-swarms'` resolves to this package (its exports → dist/), and the
  // snippets' type check finds Node's types.
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'hashtag-swarms'), 'dir');
  symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'), 'dir');
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'hs-readme-'));
  prepareInputs();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran { readonly code: number | null; readonly stdout: string; readonly stderr: string }

function sh(command: string, cwd: string, stdinFile?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout ends the command's children (npm → node) too.
    const child = spawn('/bin/sh', ['-c', command], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`timed out: ${command}\n${stderr}`));
    }, 90_000);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    child.stdin.end(stdinFile === undefined ? '' : readFileSync(stdinFile));
  });
}

const NPX = /^npx hashtag-swarms(?=\s)/;

// ---------------------------------------------------------------------------------------------

describe('README.md', () => {
  it('has the blocks this test runs (the parser sees them)', () => {
    expect(COMMANDS.filter((c) => NPX.test(c.text)).length).toBeGreaterThanOrEqual(10);
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(2);
    // Every command is either the CLI or an npm script; anything else needs a decision here.
    for (const c of COMMANDS) expect(NPX.test(c.text) || NPM_RUN.has(c.text) || SKIP.has(c.text), `README.md:${c.line} ${c.text}: run it (NPM_RUN) or skip it (SKIP)`).toBe(true);
  });

  it('skips only commands that are still in the README, and builds dist/ the way `npm run build` does', () => {
    const texts = new Set(COMMANDS.map((c) => c.text));
    for (const name of [...SKIP.keys(), ...NPM_RUN]) expect(texts.has(name), `'${name}' is listed here but no longer in the README`).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toBe('tsup');
  });

  describe('shell commands, in README order', () => {
    for (const c of COMMANDS) {
      const reason = SKIP.get(c.text);
      if (reason !== undefined) {
        it.skip(`README.md:${c.line} ${c.text} — skipped: ${reason}`, () => undefined);
        continue;
      }
      it(`README.md:${c.line} ${c.text.split('\n')[0]}`, async () => {
        const isCli = NPX.test(c.text);
        // Not run blind: an npm command could install, publish or start the whole suite.
        expect(isCli || NPM_RUN.has(c.text), `README.md:${c.line} ${c.text}: add it to NPM_RUN or SKIP`).toBe(true);
        const command = c.text.replace(NPX, `node '${CLI}'`);
        const r = await sh(command, isCli ? dir : ROOT);
        expect(r.code, `${command}\n${r.stderr}`).toBe(0);
        expect(`${r.stdout}${r.stderr}`.trim()).not.toBe('');
        // The files it names are written, and the summary names them as the command did.
        const wrote = (/^Wrote (.*)$/m.exec(r.stdout)?.[1] ?? '').split(', ');
        for (const m of c.text.matchAll(/--(json|html|gexf|csv|out)\s+(\S+)/g)) {
          const flag = m[1]!;
          const path = m[2]!;
          if (path === '-') continue;
          expect(existsSync(join(dir, path)), `${path} after ${c.text}`).toBe(true);
          if (flag !== 'out') expect(wrote, r.stdout).toContain(flag === 'csv' && !path.endsWith('/') ? `${path}/` : path);
        }
        // What the comment says: the schema is recognised (and is the one it names).
        const comment = /#\s(.*)$/.exec(c.text)?.[1] ?? '';
        if (comment.includes('recognised')) expect(r.stderr).toMatch(/^hashtag-swarms: reading the \S+ schema, recognised from /m);
        const named = /same as --schema (\S+)/.exec(comment)?.[1];
        if (named !== undefined) expect(r.stderr).toContain(`reading the ${named} schema`);
        // A report scored against the truth of the scenario it analysed finds the planted swarms.
        if (/^npx hashtag-swarms evaluate /.test(c.text)) expect(Number(/^bestMatchF1\s+([\d.]+)$/m.exec(r.stdout)?.[1]), r.stdout).toBeGreaterThan(0.5);
      }, 120_000);
    }
  });

  describe('code snippets', () => {
    const file = (b: Block): string => `readme-${b.line}.mts`;

    it('type-check against the published declarations', async () => {
      for (const b of SNIPPETS) writeFileSync(join(dir, file(b)), `${b.body}\n`);
      const args = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', ...SNIPPETS.map(file)];
      const r = await run(TSC, args, { cwd: dir }).then(() => '', (e: { stdout?: string }) => e.stdout ?? String(e));
      expect(r).toBe('');
    }, 60_000);

    for (const b of SNIPPETS) {
      it(`README.md:${b.line} runs and prints`, async () => {
        writeFileSync(join(dir, file(b)), `${b.body}\n`);
        // A snippet that reads standard input gets what the README says it expects: NDJSON posts
        // in time order (the live feed the CLI's --follow example reads too).
        const stdin = b.body.includes('process.stdin') ? join(dir, 'live.ndjson') : undefined;
        const r = await sh(`'${TSX}' ${file(b)}`, dir, stdin);
        expect(r.code, r.stderr).toBe(0);
        const lines = r.stdout.trim().split('\n').filter((l) => l !== '');
        expect(lines.length, `README.md:${b.line} printed nothing\n${r.stderr}`).toBeGreaterThan(0);
        for (const l of lines) expect(l, `README.md:${b.line}`).not.toMatch(/\bundefined\b|\bNaN\b/);
      }, 120_000);
    }
  });

  it("runs the streaming snippet on the project's own medium scenario and prints the planted swarms as windows close (issue #24 item 7)", async () => {
    // The README's generate command, into a folder of its own; then the analyzeStream snippet reads it.
    const snippet = SNIPPETS.find((b) => b.body.includes('analyzeStream('));
    expect(snippet, 'the README has an analyzeStream snippet').toBeDefined();
    const out = join(dir, 'medium-stream');
    const gen = await sh(`node '${CLI}' generate --scenario medium --seed 1 --posts 10000 --out '${out}'`, dir);
    expect(gen.code, gen.stderr).toBe(0);
    writeFileSync(join(dir, 'readme-stream.mts'), `${snippet!.body}\n`);
    const r = await sh(`'${TSX}' readme-stream.mts`, dir, join(out, 'posts.ndjson'));
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').filter((l) => l !== '');
    expect(lines.length, 'printed nothing on the medium scenario').toBeGreaterThan(10);
    // Meaningful: the hashtags it names belong to the planted swarms, most of which it finds.
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8')) as { swarms: { id: string; hashtags: string[] }[] };
    const named = new Set([...r.stdout.matchAll(/#([^\s,]+)/g)].map((m) => m[1]!));
    const found = truth.swarms.filter((t) => t.hashtags.some((h) => named.has(h)));
    expect(found.length, `${found.length} of ${truth.swarms.length} planted swarms named\n${r.stdout}`).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it('shows the message the CLI prints for a CSV whose columns match no schema, with exit code 3', async () => {
    const block = BLOCKS.find((b) => b.kind === 'output' && b.body.startsWith('hashtag-swarms: nothing accepted'));
    expect(block, 'the README shows the nothing-accepted message').toBeDefined();
    const r = await sh(`node '${CLI}' analyze posts.csv`, dir);
    expect(r.code).toBe(3);
    for (const l of block!.body.split('\n')) expect(r.stderr).toContain(l);
  }, 60_000);
});
