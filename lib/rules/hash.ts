// Word hashes for the matcher's table lookups: a polynomial hash mod 2^30, H(ab) = H(a)·B^|b| + H(b),
// so the hash of two or three adjacent words joined ("first"+"order") comes from the words' hashes
// in two operations, without building the string. 30 bits keep it a small integer in V8 (no boxing
// in number[]). Collisions are harmless: every table hit is compared with the text.

export const HASH_BASE = 0x01000193;
export const HASH_MASK = 0x3fffffff;
const POWERS: number[] = [1];
for (let n = 1; n <= 64; n++) POWERS.push(Math.imul(POWERS[n - 1] ?? 1, HASH_BASE) & HASH_MASK);

export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) & HASH_MASK;
  return h;
}

/** The hash of a+b from H(a), H(b) and |b|. */
export function joinHash(ha: number, hb: number, lengthB: number): number {
  let p = POWERS[lengthB];
  if (p === undefined) {
    p = 1;
    for (let n = 0; n < lengthB; n++) p = Math.imul(p, HASH_BASE) & HASH_MASK;
  }
  return (Math.imul(ha, p) + hb) & HASH_MASK;
}
