/**
 * Strings kept for the whole site stage and read a few times (mention lines, chronology events),
 * stored as UTF-8 in large buffers outside V8's heap: a JavaScript string costs a header each and
 * two bytes a character as soon as it holds one non-Latin-1 character (the "…" of a keyword in
 * context), about four times the UTF-8 bytes at 10,000 memos, and the garbage collector would scan
 * them all over again.
 */
export class PackedStrings {
  private static readonly SLAB = 1 << 20;
  /** A restored instance reads its slabs when first needed (load). */
  private readonly slabs: (Buffer | undefined)[] = [];
  private load?: (slab: number) => Buffer;
  private used = 0;
  /** slab, start, end per string. */
  private at = new Uint32Array(3 * 1024);
  private count = 0;

  add(s: string): number {
    const bytes = Buffer.byteLength(s);
    const last = this.slabs[this.slabs.length - 1];
    if (!last || this.used + bytes > last.length) {
      this.slabs.push(Buffer.allocUnsafe(Math.max(PackedStrings.SLAB, bytes)));
      this.used = 0;
    }
    const slab = this.slabs.length - 1;
    this.slabs[slab]!.write(s, this.used);
    if (3 * this.count + 3 > this.at.length) {
      const grown = new Uint32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    this.at.set([slab, this.used, this.used + bytes], 3 * this.count);
    this.used += bytes;
    return this.count++;
  }

  get(i: number): string {
    const a = this.at;
    const n = a[3 * i]!;
    const slab = this.slabs[n] ?? (this.slabs[n] = this.load!(n));
    return slab.toString('utf8', a[3 * i + 1], a[3 * i + 2]);
  }

  /** What a snapshot keeps (site-snapshot.ts): the slabs, and where each string is. */
  state(): { slabs: Buffer[]; at: Uint32Array } {
    const slabs = this.slabs.map((s, n) => s ?? (this.slabs[n] = this.load!(n)));
    return { slabs, at: this.at.subarray(0, 3 * this.count) };
  }

  /**
   * Strings of a snapshot: `slabs` of them, read with `load` when a string of one is first asked
   * for (an incremental build reads a few of the 160 slabs of a 10,000-memo edition).
   */
  static restore(s: { slabs: number; load: (slab: number) => Buffer; at: Uint32Array }): PackedStrings {
    const p = new PackedStrings();
    p.slabs.length = s.slabs;
    p.load = s.load;
    p.at = new Uint32Array(Math.max(3 * 1024, s.at.length * 2));
    p.at.set(s.at);
    p.count = s.at.length / 3;
    // New strings go to a new slab (the last one is not read).
    p.used = Infinity;
    return p;
  }
}
