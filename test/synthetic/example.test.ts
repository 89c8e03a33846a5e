import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('examples/06-synthetic-scenario.ts', () => {
  it('prints the summary of the medium scenario', () => {
    const out = execFileSync('npx', ['tsx', 'examples/06-synthetic-scenario.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^scenario: medium \(seed 42, 2 days\)$/m);
    const posts = Number(/^posts: (\d+)$/m.exec(out)?.[1]);
    expect(posts).toBeGreaterThan(5000);
    expect(out).toMatch(/^swarms: 10 with \d+ members$/m);
    const share = Number(/^coordinated share: ([\d.]+) %$/m.exec(out)?.[1]);
    expect(share).toBeGreaterThan(1);
    expect(share).toBeLessThan(50);
    expect(out.match(/^ {2}S\d\d {2}size/gm)).toHaveLength(10);
    expect(out).toMatch(/^self-evaluation AMI: 1\.000$/m);
  });
});
