/** How free text from forms is compared: skills, sectors, accommodations and interest words. */

/**
 * Case and surrounding spaces are typing accidents, not differences in meaning; NFC makes "é"
 * typed as one or two code points the same term.
 */
export function normaliseTerm(term: string): string {
  return term.normalize('NFC').trim().toLowerCase();
}

/** Distinct normalised terms; blank entries say nothing and are dropped. */
export function termSet(terms: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const term of terms) {
    const normalised = normaliseTerm(term);
    if (normalised !== '') set.add(normalised);
  }
  return set;
}

/** Shorter words ("de", "het", "and", "zorg"...) would match almost everything. */
export const MIN_INTEREST_WORD_LENGTH = 4;

const LETTER_RUNS = /\p{L}+/gu;

/** Distinct lower-case words of at least four letters in any of the texts. */
export function interestWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.normalize('NFC').toLowerCase().match(LETTER_RUNS) ??
      []) {
      if (word.length >= MIN_INTEREST_WORD_LENGTH) words.add(word);
    }
  }
  return words;
}
