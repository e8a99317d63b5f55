/**
 * The name tokens of every case, for a protected name search: each distinct
 * token with the cases that have it, and the distinct tokens sorted, so that
 * the tokens beginning with a word are one run of them, found by binary
 * search. A search costs the hits it finds, not a test of every case (a test
 * of each of 100,000 cases took some 7 ms a word in Node), and only distinct
 * tokens are sorted (sorting every token of 100,000 cases took some 0.9 s).
 * The sorted list is kept through a few new or vanished tokens and sorted
 * again at the next search after many (the whole index opened, an import).
 */

/** New or vanished tokens at most that are put into or taken out of the sorted list one by one; past this it is sorted again at the next search. */
const KEPT_SORTED_AT_MOST = 256;

export class TokenIndex {
  private readonly byCase = new Map<string, readonly string[]>();
  private readonly byToken = new Map<string, Set<string>>();
  /** The distinct tokens, sorted (code unit order); null: to be sorted again. */
  private sorted: string[] | null = null;
  private changes = 0;

  /** The tokens of a case, replacing those it had. */
  set(id: string, tokens: readonly string[]): void {
    // Most writes reread a case whose names did not change (any section saved): they change nothing here.
    const old = this.byCase.get(id);
    if (old && old.length === tokens.length && old.every((token, i) => token === tokens[i])) return;
    this.delete(id);
    this.byCase.set(id, tokens);
    for (const token of tokens) {
      const cases = this.byToken.get(token);
      if (cases) cases.add(id);
      else {
        this.byToken.set(token, new Set([id]));
        if (this.keptSorted()) this.sorted!.splice(lowerBound(this.sorted!, token), 0, token);
      }
    }
  }

  delete(id: string): void {
    const old = this.byCase.get(id);
    if (!old) return;
    this.byCase.delete(id);
    for (const token of old) {
      const cases = this.byToken.get(token)!;
      cases.delete(id);
      if (cases.size > 0) continue;
      this.byToken.delete(token);
      if (this.keptSorted()) this.sorted!.splice(lowerBound(this.sorted!, token), 1);
    }
  }

  /** The cases with a token beginning with each of the words. */
  withAll(words: readonly string[]): Set<string> {
    if (words.length === 0) return new Set();
    const sorted = (this.sorted ??= this.sortedAgain());
    let found: Set<string> | null = null;
    // The longest word first: the likeliest to be rare, so the sets intersected stay small.
    for (const word of [...words].sort((a, b) => b.length - a.length)) {
      const hits = new Set<string>();
      for (let i = lowerBound(sorted, word); i < sorted.length && sorted[i]!.startsWith(word); i++) {
        for (const id of this.byToken.get(sorted[i]!)!) if (found === null || found.has(id)) hits.add(id);
      }
      found = hits;
      if (found.size === 0) break;
    }
    return found ?? new Set();
  }

  /** True when the sorted list is there and is to be kept sorted through one more change; past too many it is dropped. */
  private keptSorted(): boolean {
    if (!this.sorted) return false;
    if (++this.changes <= KEPT_SORTED_AT_MOST) return true;
    this.sorted = null;
    return false;
  }

  private sortedAgain(): string[] {
    this.changes = 0;
    return [...this.byToken.keys()].sort();
  }
}

/** The first index whose value is not below `value` (code unit order, as `<` and the default sort compare). */
function lowerBound(values: readonly string[], value: string): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
