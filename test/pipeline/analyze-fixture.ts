/**
 * A hand-made day with an obvious answer: two swarms that post their hashtags within seconds of
 * each other in repeated bursts, one crowd (300 accounts on #news within a minute), and organic
 * background posting. Deterministic (its own tiny LCG).
 */
export interface FixturePost {
  readonly id: string;
  readonly account: string;
  readonly time: string;
  readonly hashtags: readonly string[];
  readonly followers: number;
}

export const DAY0 = Date.UTC(2024, 2, 1);
export const SWARM_A = ['alpha1', 'alpha2', 'alpha3', 'alpha4', 'alpha5'];
export const SWARM_B = ['beta1', 'beta2', 'beta3', 'beta4'];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Posts of the fixture day, in time order. */
export function fixturePosts(): FixturePost[] {
  const rnd = lcg(42);
  const posts: { id: string; account: string; timeMs: number; hashtags: string[]; followers: number }[] = [];
  let n = 0;
  const add = (account: string, timeMs: number, hashtags: string[], followers = 50): void => {
    posts.push({ id: `p${n++}`, account, timeMs, hashtags, followers });
  };
  // Swarm A: 6 bursts on #opalpha (+ #trending hijacked), members within 20 s.
  for (let b = 0; b < 6; b++) {
    const t = DAY0 + (1 + b * 3.5) * 3_600_000;
    for (const a of SWARM_A) add(a, t + Math.floor(rnd() * 20_000), ['opalpha', 'trending']);
  }
  // Swarm B: 5 bursts on #opbeta, members within 15 s.
  for (let b = 0; b < 5; b++) {
    const t = DAY0 + (2.2 + b * 4.1) * 3_600_000;
    for (const a of SWARM_B) add(a, t + Math.floor(rnd() * 15_000), ['opbeta']);
  }
  // Crowd: 300 accounts on #news within one minute (a news shock).
  const shock = DAY0 + 12 * 3_600_000;
  for (let i = 0; i < 300; i++) add(`crowd${i}`, shock + Math.floor(rnd() * 60_000), ['news']);
  // Organic background: 150 accounts, 4 posts each at random times on 30 hashtags.
  for (let i = 0; i < 150; i++) {
    for (let k = 0; k < 4; k++) add(`user${i}`, DAY0 + Math.floor(rnd() * 86_400_000), [`topic${Math.floor(rnd() * 30)}`, 'trending'].slice(0, 1 + Math.floor(rnd() * 2)));
  }
  posts.sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : 1));
  return posts.map((p) => ({ id: p.id, account: p.account, time: new Date(p.timeMs).toISOString(), hashtags: p.hashtags, followers: p.followers }));
}

/** The fixture as NDJSON lines. */
export function fixtureLines(): string[] {
  return fixturePosts().map((p) => JSON.stringify(p));
}
