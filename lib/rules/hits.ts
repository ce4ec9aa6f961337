// Where units occurred in a paper's fields, as scans find them (scan.ts). A matcher reuses its lists
// from paper to paper (matcher.ts Scratch): a paper allocates nothing here.

/** Occurrences found by scans, four numbers each: unit, field bit, first word, end word. */
export class Hits {
  data = new Int32Array(256);
  n = 0;

  push(unit: number, bit: number, first: number, end: number): void {
    if (this.n + 4 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const d = this.data;
    d[this.n] = unit;
    d[this.n + 1] = bit;
    d[this.n + 2] = first;
    d[this.n + 3] = end;
    this.n += 4;
  }
}
