import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples and tests import the public API by the package name, exactly as users do: the root
    // and the subpath exports (`hashtag-swarms/graph` → src/graph/public.ts).
    alias: [
      { find: /^hashtag-swarms$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^hashtag-swarms\/([a-z]+)$/, replacement: fileURLToPath(new URL('./src/$1/public.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
