/** A message as page text: each typed value the catalogue isolated (i18n/bidi.ts) becomes a `<bdi>`, without the invisible marks. */
import { Fragment } from 'react';
import { ISOLATED_RUN } from '../i18n/bidi';

const RUNS = new RegExp(ISOLATED_RUN.source, 'g');

export function BidiText({ text }: { text: string }) {
  // split with a capture group: the typed values are at the odd places.
  const parts = text.split(RUNS);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (i % 2 === 1 ? <bdi key={i}>{part}</bdi> : <Fragment key={i}>{part}</Fragment>));
}
