/** Resident memory of this process, from /proc/self/status (Linux) or `process.resourceUsage()`. */
import { readFileSync } from 'node:fs';

/**
 * Current (VmRSS) and peak (VmHWM) resident set size in MB.
 * @returns `{ rss, hwm }`; off Linux both come from `resourceUsage().maxRSS` / `memoryUsage().rss`
 * @example
 * readRssMb().hwm; // 143.2
 */
export function readRssMb(): { rss: number; hwm: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    if (Number.isFinite(rss) && Number.isFinite(hwm)) return { rss: rss / 1024, hwm: hwm / 1024 };
  } catch {
    // not Linux: fall through
  }
  return { rss: process.memoryUsage().rss / 1048576, hwm: process.resourceUsage().maxRSS / 1024 };
}
