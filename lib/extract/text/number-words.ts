/** Small counts written as words in the five languages (folded), as in "two days ago", "tra due giorni". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  ein: 1, eine: 1, einem: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

/** The counts as words, longest first (so a regex alternation prefers "eine" to "ein"). */
export const COUNT_WORDS = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length);

/** Regex source of a count: digits or one of the words. */
export const COUNT_SOURCE = `(?:\\d{1,2}|${COUNT_WORDS.join('|')})`;

/** "3" or "tre" to 3; null for anything else. */
export function numberWord(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}
