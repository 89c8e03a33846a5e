/**
 * Reusable typed-array buffers for the per-window kernels.
 *
 * Why: typed-array memory lives outside the JavaScript heap, and V8 starts a full
 * mark-compact whenever ~64 MB of it has been allocated since the last one. `analyze()`
 * holds every post of its input on the heap, so on 1M posts each such collection marks
 * hundreds of MB of live objects, and allocating a window's intermediate arrays afresh
 * triggers one per window. Kernels that run once per window take their intermediate arrays from
 * here instead:
 * the buffers grow to the largest window once and are reused afterwards.
 *
 * Rules: a name belongs to one call site; an array taken from here is valid until the next
 * request of the same name, so it must not escape the call that took it (results are
 * allocated normally). Everything is synchronous, so calls never interleave.
 */

type Kind = 'f64' | 'f32' | 'i32' | 'u8';
type ArrayOf<K extends Kind> = K extends 'f64' ? Float64Array : K extends 'f32' ? Float32Array : K extends 'i32' ? Int32Array : Uint8Array;

/**
 * One map per kind, keyed by the caller's name as given: a `${kind}:${name}` key built on every
 * call would be a new string to hash each time.
 */
const buffers: { readonly [K in Kind]: Map<string, ArrayOf<K>> } = { f64: new Map(), f32: new Map(), i32: new Map(), u8: new Map() };

function take<K extends Kind>(kind: K, name: string, n: number): ArrayOf<K> {
  const byName = buffers[kind] as Map<string, ArrayOf<K>>;
  let b = byName.get(name);
  if (b === undefined || b.length < n) {
    // Grow geometrically, so windows of slowly growing size do not reallocate every time.
    const size = Math.max(n, Math.ceil((b?.length ?? 0) * 1.5), 64);
    b = (kind === 'f64' ? new Float64Array(size) : kind === 'f32' ? new Float32Array(size) : kind === 'i32' ? new Int32Array(size) : new Uint8Array(size)) as ArrayOf<K>;
    byName.set(name, b);
  }
  return b.subarray(0, n) as ArrayOf<K>;
}

/** A Float64Array of length n, contents unspecified. */
export function scratchFloat64(name: string, n: number): Float64Array {
  return take('f64', name, n);
}

/**
 * The whole Float64Array buffer of `name`, at least n long (contents unspecified): for
 * bump allocation, where the caller uses all of it and asks for more than its length to grow
 * (a larger request always returns a new buffer, so views into the old one stay valid).
 */
export function scratchFloat64AtLeast(name: string, n: number): Float64Array {
  const view = take('f64', name, n);
  return new Float64Array(view.buffer, view.byteOffset, view.buffer.byteLength / 8);
}

/** A Float32Array of length n, contents unspecified. */
export function scratchFloat32(name: string, n: number): Float32Array {
  return take('f32', name, n);
}

/** An Int32Array of length n, contents unspecified. */
export function scratchInt32(name: string, n: number): Int32Array {
  return take('i32', name, n);
}

/** A Uint8Array of length n, contents unspecified. */
export function scratchUint8(name: string, n: number): Uint8Array {
  return take('u8', name, n);
}

/** Bytes currently held by the scratch buffers (diagnostics and tests). */
export function scratchBytes(): number {
  let total = 0;
  for (const byName of Object.values(buffers)) for (const b of byName.values()) total += b.byteLength;
  return total;
}

/** Drop every buffer (the memory is freed at the next collection). */
export function releaseScratch(): void {
  for (const byName of Object.values(buffers)) byName.clear();
}
