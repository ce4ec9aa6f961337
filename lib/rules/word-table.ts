// Open-addressing hash table from dictionary keys to their index, probed with a hash computed from
// a field's words (one word, two or three joined, or a prefix of them) and compared in place: no
// substring, no Map hashing per word. Most probes are misses: a 64-kbit filter (8 kB, which stays in
// the CPU cache, unlike the table) answers nearly all of them with one bit test.

import { streamEquals, type FieldText } from './field-text';
import { hashString } from './hash';

// The polynomial hash is weak in its low bits; multiplying by the golden ratio and taking high
// bits spreads it (Fibonacci hashing).
const mix = (h: number): number => Math.imul(h, 0x9e3779b1) >>> 0;

export class WordTable {
  readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly ids = new Map<string, number>();
  private slots = new Int32Array(1).fill(-1);
  private shift = 31;
  private readonly filter = new Uint32Array(2048);

  /** Index of `key`, adding it if new. Call `seal` after the last add. */
  add(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.hashes.push(hashString(key));
      this.ids.set(key, id);
    }
    return id;
  }

  seal(): void {
    // Load factor at most 1/4: a probe that passes the filter rarely looks at more than one slot.
    let bits = 1;
    while (1 << bits < this.keys.length * 4) bits++;
    this.slots = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    const mask = (1 << bits) - 1;
    this.hashes.forEach((h, id) => {
      const m = mix(h);
      const f = m >>> 16;
      this.filter[f >>> 5] = (this.filter[f >>> 5] ?? 0) | (1 << (f & 31));
      let i = m >>> this.shift;
      while ((this.slots[i] ?? -1) !== -1) i = (i + 1) & mask;
      this.slots[i] = id;
    });
  }

  /** False: no key has this hash (the filter's answer, without a lookup). */
  mayHave(hash: number): boolean {
    return this.filtered(mix(hash));
  }

  /** Index of the key of length `length` equal to the text read from word `k` of `f`, or -1. */
  find(hash: number, length: number, f: FieldText, k: number): number {
    const m = mix(hash);
    if (!this.filtered(m)) return -1;
    const mask = this.slots.length - 1;
    for (let i = m >>> this.shift; ; i = (i + 1) & mask) {
      const id = this.slots[i] ?? -1;
      if (id < 0) return -1;
      if (this.hashes[id] !== hash) continue;
      const key = this.keys[id] as string;
      if (key.length === length && streamEquals(f, k, key)) return id;
    }
  }

  /** The filter's bit for a mixed hash. */
  private filtered(m: number): boolean {
    const f16 = m >>> 16;
    return ((this.filter[f16 >>> 5] as number) & (1 << (f16 & 31))) !== 0;
  }
}
