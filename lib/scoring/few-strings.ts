/**
 * A set of strings for the handful one person's evidence holds (their
 * repositories): a short list scanned in order while it is short, a Set once it
 * grows. Scanning a few strings is cheaper than hashing each new one, and
 * scoring does this for every candidate of a list.
 */
const SCAN_UP_TO = 16;

export class FewStrings {
  private readonly list: string[] = [];
  private set: Set<string> | null = null;

  /** Adds `value`; true when it was not there yet. */
  add(value: string): boolean {
    if (this.set) {
      if (this.set.has(value)) return false;
      this.set.add(value);
      return true;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i] === value) return false;
    if (list.length === SCAN_UP_TO) {
      this.set = new Set(list);
      this.set.add(value);
    } else list.push(value);
    return true;
  }

  get size(): number {
    return this.set ? this.set.size : this.list.length;
  }
}
