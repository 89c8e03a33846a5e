/**
 * Command-line flags of the bench scripts: `--name value`.
 * @param name the flag without its dashes.
 * @param fallback the value when the flag is absent.
 * @returns the value that follows `--name`, else the fallback.
 * @example
 * arg('seeds', '1'); // '1,2' for `--seeds 1,2`
 */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
