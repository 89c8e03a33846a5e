/**
 * The browser libraries the HTML report inlines: graphology's UMD build and
 * sigma's UMD build, read from node_modules at run time (never fetched), so the
 * report file works offline and makes no network request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Read a file shipped inside an installed package (its folder found from the main entry: `exports` may hide package.json). */
function packageFile(pkg: string, file: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(pkg));
  while (!isPackageRoot(dir, pkg)) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`hashtag-swarms/report: cannot find the folder of package ${pkg}. Reinstall the dependencies.`);
    dir = up;
  }
  return readFileSync(join(dir, file), 'utf8');
}

function isPackageRoot(dir: string, pkg: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === pkg;
  } catch {
    return false;
  }
}

/**
 * The inlined browser bundles.
 * @returns the UMD source of graphology (global `graphology`) and sigma (global `Sigma`).
 * @throws a Node.js file-system error when the packages are not installed.
 */
export function browserBundles(): { graphology: string; sigma: string } {
  // Read at each page (a few hundred kB, once per report): no module-level cache.
  return {
    graphology: packageFile('graphology', 'dist/graphology.umd.min.js'),
    sigma: packageFile('sigma', 'dist/sigma.min.js'),
  };
}
