import { defineConfig } from 'tsup';

/**
 * The subpath exports (`hashtag-swarms/<stage>`): each is the stage's public.ts, built as an
 * entry of its own (dist/<stage>.js, .cjs, .d.ts, .d.cts) and listed in package.json "exports".
 */
export const SUBPATHS = ['sources', 'ingest', 'windows', 'graph', 'swarms', 'influence', 'track', 'report', 'pipeline', 'synthetic', 'evaluate'] as const;

const publicEntries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(SUBPATHS.map((s) => [s, `src/${s}/public.ts`])),
};

export default defineConfig({
  entry: { ...publicEntries, cli: 'src/cli/main.ts', 'analyze-worker': 'src/pipeline/parallel/analyze-worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: publicEntries },
  sourcemap: true,
  clean: true,
  target: 'node20',
  // Shared modules go to chunks that every entry imports, so that the root and the subpaths (and
  // the CLI and the worker) hold one copy of each module: an InvalidOptionsError thrown by
  // `hashtag-swarms/graph` is an instance of the root's InvalidOptionsError (test/package.test.ts).
  // Without it each entry bundled its own copy of errors.ts, and `instanceof` failed across entries.
  splitting: true,
  shims: true,
});
