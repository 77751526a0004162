import { foldText } from '../text/fold.js';

/**
 * Country names for the ISO codes partner organisations carry, in Swedish and English, with the
 * inflected and adjective forms people write ("Danmark", "danska", "Denmark", "Danish").
 * Vocabulary, not data: which countries Malmö has partners in comes from the loaded projects.
 */
const COUNTRY_NAMES: Record<string, string[]> = {
  SE: ['Sverige', 'Sweden', 'svenska', 'svensk', 'Swedish'],
  DK: ['Danmark', 'Denmark', 'danska', 'dansk', 'Danish'],
  NO: ['Norge', 'Norway', 'norska', 'norsk', 'Norwegian'],
  FI: ['Finland', 'finska', 'finsk', 'finländska', 'Finnish'],
  IS: ['Island', 'Iceland', 'isländska', 'isländsk', 'Icelandic'],
  DE: ['Tyskland', 'Germany', 'tyska', 'tysk', 'German'],
  NL: ['Nederländerna', 'Holland', 'Netherlands', 'nederländska', 'holländska', 'nederländsk', 'holländsk', 'Dutch'],
  BE: ['Belgien', 'Belgium', 'belgiska', 'belgisk', 'Belgian'],
  FR: ['Frankrike', 'France', 'franska', 'fransk', 'French'],
  ES: ['Spanien', 'Spain', 'spanska', 'spansk', 'Spanish'],
  PT: ['Portugal', 'portugisiska', 'portugisisk', 'Portuguese'],
  IT: ['Italien', 'Italy', 'italienska', 'italiensk', 'Italian'],
  GR: ['Grekland', 'Greece', 'grekiska', 'grekisk', 'Greek'],
  PL: ['Polen', 'Poland', 'polska', 'polsk', 'Polish'],
  LT: ['Litauen', 'Lithuania', 'litauiska', 'Lithuanian'],
  LV: ['Lettland', 'Latvia', 'lettiska', 'Latvian'],
  EE: ['Estland', 'Estonia', 'estniska', 'Estonian'],
  HU: ['Ungern', 'Hungary', 'ungerska', 'ungersk', 'Hungarian'],
  RO: ['Rumänien', 'Romania', 'rumänska', 'rumänsk', 'Romanian'],
  BG: ['Bulgarien', 'Bulgaria', 'bulgariska', 'Bulgarian'],
  CZ: ['Tjeckien', 'Czechia', 'Czech Republic', 'tjeckiska', 'Czech'],
  SK: ['Slovakien', 'Slovakia', 'slovakiska', 'Slovak'],
  SI: ['Slovenien', 'Slovenia', 'slovenska', 'Slovenian'],
  HR: ['Kroatien', 'Croatia', 'kroatiska', 'Croatian'],
  AT: ['Österrike', 'Austria', 'österrikiska', 'Austrian'],
  CH: ['Schweiz', 'Switzerland', 'schweiziska', 'Swiss'],
  IE: ['Irland', 'Ireland', 'irländska', 'Irish'],
  GB: ['Storbritannien', 'Great Britain', 'United Kingdom', 'England', 'brittiska', 'British'],
  UK: ['Storbritannien', 'United Kingdom', 'England', 'brittiska', 'British'],
  LU: ['Luxemburg', 'Luxembourg'],
  MT: ['Malta'],
  CY: ['Cypern', 'Cyprus'],
  UA: ['Ukraina', 'Ukraine', 'ukrainska', 'Ukrainian'],
  TR: ['Turkiet', 'Turkey', 'Türkiye', 'turkiska', 'Turkish'],
  RS: ['Serbien', 'Serbia'],
  BA: ['Bosnien', 'Bosnia', 'Bosnien och Hercegovina'],
  ZM: ['Zambia'],
};

const SWEDISH_NAME_INDEX = 0;

/** English names where the list's first English-looking form is not the usual one. */
const ENGLISH_NAMES: Record<string, string> = { NL: 'Netherlands', FI: 'Finland', PT: 'Portugal', IS: 'Iceland', GB: 'United Kingdom', UK: 'United Kingdom' };

/** The Swedish name of a country code ("DK" → "Danmark"), or the code itself when unknown. */
export function countryName(code: string, language: 'sv' | 'en' = 'sv'): string {
  const names = COUNTRY_NAMES[code.toUpperCase()];
  if (!names) return code;
  if (language === 'en') {
    return ENGLISH_NAMES[code.toUpperCase()]
      ?? names.find((name, index) => index > SWEDISH_NAME_INDEX && /^[A-Z]/.test(name) && !/(ska|sk|ish|ese|ian|ic|ch|ek|ss)$/.test(name))
      ?? names[0] ?? code;
  }
  return names[SWEDISH_NAME_INDEX] ?? code;
}

const byFoldedName = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
  for (const name of names) if (!byFoldedName.has(foldText(name))) byFoldedName.set(foldText(name), code);
}

/** A country code from a name, adjective or code ("Danmark", "danska", "DK", "Denmark's"). */
export function resolveCountry(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && COUNTRY_NAMES[trimmed]) return trimmed;
  const folded = foldText(trimmed).replace(/ s$/, '');
  // Adjectives in any form: "nederländsk", "holländska", "danske".
  return byFoldedName.get(folded) ?? byFoldedName.get(folded.replace(/s$/, ''))
    ?? (/sk$/.test(folded) ? byFoldedName.get(`${folded}a`) : undefined)
    ?? (/sk[ae]$/.test(folded) ? byFoldedName.get(`${folded.slice(0, -1)}a`) ?? byFoldedName.get(folded.slice(0, -1)) : undefined)
    ?? null;
}
