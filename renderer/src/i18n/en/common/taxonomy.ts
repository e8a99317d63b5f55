/**
 * Labels of every controlled vocabulary, `taxonomy.<vocabulary>.<code>`, taken
 * from shared/taxonomy.ts (their single source) and typed by code, so a code
 * that is not in its vocabulary is not a key.
 */
import { VOCABULARIES, type VocabularyName } from '../../../../../shared/taxonomy';

/** The codes of one vocabulary. */
export type CodeOf<N extends VocabularyName> = (typeof VOCABULARIES)[N]['codes'][number];

type TaxonomyMessages = { [N in VocabularyName]: Record<CodeOf<N>, string> };

function taxonomyMessages(): TaxonomyMessages {
  return Object.fromEntries(
    Object.entries(VOCABULARIES).map(([name, vocabulary]) => [
      name,
      Object.fromEntries(vocabulary.terms.map((term) => [term.code, term.label])),
    ]),
  ) as TaxonomyMessages;
}

export const taxonomy = { taxonomy: taxonomyMessages() };
