/**
 * Strings kept for the whole site stage and read a few times (mention lines, chronology events),
 * stored as UTF-8 in large buffers outside V8's heap: a JavaScript string costs a header each and
 * two bytes a character as soon as it holds one non-Latin-1 character (the "…" of a keyword in
 * context), about four times the UTF-8 bytes at 10,000 memos, and the garbage collector would scan
 * them all over again.
 */
export class PackedStrings {
  private static readonly SLAB = 1 << 20;
  private readonly slabs: Buffer[] = [];
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
    return this.slabs[a[3 * i]!]!.toString('utf8', a[3 * i + 1], a[3 * i + 2]);
  }

  /** What a snapshot keeps (site-snapshot.ts): the slabs as they are, and where each string is. */
  state(): { slabs: Buffer[]; at: Uint32Array; used: number } {
    return { slabs: this.slabs, at: this.at.subarray(0, 3 * this.count), used: this.used };
  }

  static restore(s: { slabs: Buffer[]; at: Uint32Array; used: number }): PackedStrings {
    const p = new PackedStrings();
    p.slabs.push(...s.slabs);
    p.at = new Uint32Array(Math.max(3 * 1024, s.at.length * 2));
    p.at.set(s.at);
    p.count = s.at.length / 3;
    // The last slab is full for all the restored one knows: new strings go to a new slab.
    p.used = s.slabs.length ? s.slabs[s.slabs.length - 1]!.length : 0;
    return p;
  }
}
