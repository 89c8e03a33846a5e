import { describe, expect, it } from 'vitest';
import { releaseScratch, scratchBytes, scratchFloat64, scratchFloat64AtLeast, scratchInt32 } from '../src/_lib/scratch.js';

describe('scratch buffers', () => {
  it('reuse one buffer per name, grow geometrically, and never hand a grown name the old memory', () => {
    releaseScratch();
    const a = scratchInt32('t.a', 100);
    a.fill(7);
    const again = scratchInt32('t.a', 50);
    expect(again.length).toBe(50);
    expect(again.buffer).toBe(a.buffer);
    const grown = scratchInt32('t.a', 1000);
    expect(grown.buffer).not.toBe(a.buffer);
    expect(a[0]).toBe(7); // views into the old buffer stay valid
    const other = scratchInt32('t.b', 10);
    expect(other.buffer).not.toBe(grown.buffer);
    expect(scratchBytes()).toBeGreaterThanOrEqual(4 * 1010);
    releaseScratch();
    expect(scratchBytes()).toBe(0);
  });

  it('AtLeast returns the whole buffer; a request beyond it returns a new one', () => {
    releaseScratch();
    const first = scratchFloat64('t.f', 10);
    const whole = scratchFloat64AtLeast('t.f', 10);
    expect(whole.buffer).toBe(first.buffer);
    expect(whole.length).toBeGreaterThanOrEqual(64);
    const bigger = scratchFloat64AtLeast('t.f', whole.length + 1);
    expect(bigger.buffer).not.toBe(whole.buffer);
    releaseScratch();
  });
});
