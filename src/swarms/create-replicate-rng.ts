/**
 * The generator of the Monte Carlo nulls: the same numbers as `createRng` (_lib/rng.ts:
 * splitmix32 seeding, then sfc32 — Doty-Humphrey, PractRand), draw for draw and fork for
 * fork, with its 128-bit state in a Uint32Array.
 *
 * Why a second implementation: `createRng` keeps its state in closure variables, and on
 * Node 20 (V8 11) a closure variable holding a 32-bit value above 2^30 is a heap number,
 * so each draw allocated four of them (several times the cost of a draw here). The nulls
 * draw once per member occurrence per replicate, tens of millions of times on a million
 * posts. test/swarms/replicate-rng.test.ts checks both generators give the same sequences.
 */
import { hashSeed, type Rng } from '../_lib/rng.js';

/** sfc32 on a typed state: a, b, c, d. */
class ReplicateRng implements Rng {
  private readonly s = new Uint32Array(4);

  constructor(seed: number) {
    // splitmix32 expands the seed into the four words, as createRng does.
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** One sfc32 step; the Uint32Array stores every word modulo 2^32, as `>>> 0` does in createRng. */
  private nextU32(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) >>> 0) + d) >>> 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t;
  }

  next(): number {
    return this.nextU32() / 4294967296;
  }

  int(n: number): number {
    return Math.floor((this.nextU32() / 4294967296) * n);
  }

  fork(): Rng {
    // Operands in createRng's order: the left draw first.
    const hi = this.nextU32();
    return createReplicateRng(hi ^ (this.nextU32() << 1));
  }
}

/**
 * A generator equal to `createRng(seed)`, forks included.
 * @param seed an integer (reduced as createRng does: low 32 bits XOR the high part), or
 *   anything else, hashed as createRng hashes it.
 * @returns the generator.
 * @example
 * createReplicateRng(7).next() === createRng(7).next(); // true
 */
export function createReplicateRng(seed: number): Rng {
  return new ReplicateRng(Number.isInteger(seed) ? (seed >>> 0) ^ Math.floor(seed / 2 ** 32) : hashSeed(seed));
}
