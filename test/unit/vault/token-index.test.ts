/**
 * The sorted name tokens behind a protected name search (vault/token-index.ts):
 * after any mix of cases added, renamed and deleted, a few at a time (kept
 * sorted one by one) or many (sorted again), every search finds exactly the
 * cases a test of each case finds.
 */
import { describe, expect, it } from 'vitest';
import { TokenIndex } from '../../../renderer/src/data/vault/token-index';

const SYLLABLES = ['ka', 'ri', 'mo', 'va', 'sa', 'id', 'ов', 'ра', 'хи', 'a', 'ab', 'z'];

/** A deterministic pseudo-random sequence (the test must fail the same way every time it fails). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('the sorted name tokens', () => {
  it('find what a test of every case finds, through thousands of changes a few or many at a time', () => {
    const next = random(7);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const word = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
    const index = new TokenIndex();
    const truth = new Map<string, string[]>();
    const check = (words: string[]) => {
      const expected = [...truth].filter(([, tokens]) => words.every((w) => tokens.some((t) => t.startsWith(w)))).map(([id]) => id).sort();
      expect([...index.withAll(words)].sort(), words.join(' ')).toEqual(expected);
    };
    for (let round = 0; round < 60; round++) {
      // Rounds of 1 to 5 changes stay within what is kept sorted; every fifth round makes 200.
      const changes = round % 5 === 4 ? 200 : 1 + Math.floor(next() * 5);
      for (let i = 0; i < changes; i++) {
        const id = `case-${Math.floor(next() * 300)}`;
        if (next() < 0.2) {
          index.delete(id);
          truth.delete(id);
        } else {
          const tokens = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, word))];
          index.set(id, tokens);
          truth.set(id, tokens);
        }
      }
      for (let i = 0; i < 5; i++) check(Array.from({ length: 1 + Math.floor(next() * 2) }, () => word().slice(0, 1 + Math.floor(next() * 3))));
    }
    check(['']);
    expect(index.withAll([]).size).toBe(0);
  });

  it('finds a case once when two of its tokens begin with the word, and a word matched by one token twice', () => {
    const index = new TokenIndex();
    index.set('a', ['karim', 'karimov']);
    index.set('b', ['karl']);
    expect([...index.withAll(['kari'])]).toEqual(['a']);
    expect([...index.withAll(['kar', 'kari'])]).toEqual(['a']);
    expect([...index.withAll(['kar'])].sort()).toEqual(['a', 'b']);
    index.set('b', ['ivanov']);
    expect([...index.withAll(['kar'])]).toEqual(['a']);
    index.delete('a');
    expect([...index.withAll(['kar'])]).toEqual([]);
  });
});
