/**
 * Every other ISO 3166-1 country, named in the five languages by `i18n-iso-countries` (CLDR's
 * names), in the hand-made table's line format "CC||names". The hand-made table comes first: it
 * has the capitals and the short forms news uses ("USA", "EE.UU."); these lines add the countries
 * it leaves out ("Mauritanie", "Zentralafrikanische Republik"). Their capitals come from the
 * world towns when asked for.
 */
import en from 'i18n-iso-countries/langs/en.json';
import it from 'i18n-iso-countries/langs/it.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import de from 'i18n-iso-countries/langs/de.json';
import es from 'i18n-iso-countries/langs/es.json';

type Names = Record<string, string | string[]>;

/** Lines for the codes `known` lacks. Names with a comma are CLDR's sorting forms ("Korea, Republic of"). */
export function worldCountryLines(known: ReadonlySet<string>): string[] {
  const byCode = new Map<string, Set<string>>();
  for (const locale of [en, it, fr, de, es] as Array<{ countries: Names }>)
    for (const [code, value] of Object.entries(locale.countries)) {
      if (known.has(code)) continue;
      const names = byCode.get(code) ?? new Set<string>();
      for (const n of Array.isArray(value) ? value : [value]) if (!n.includes(',') && !n.includes('(')) names.add(n);
      byCode.set(code, names);
    }
  return [...byCode].map(([code, names]) => `${code}||${[...names].join(';')}`);
}
