/**
 * Country names as people write them in questions, Swedish and English, for the ISO codes the
 * partner organisations carry. The suite's own vocabulary (the oracle does not use the tools' list).
 */
export const COUNTRY_NAMES: Readonly<Record<string, { sv: string; en: string }>> = {
  SE: { sv: 'Sverige', en: 'Sweden' }, DK: { sv: 'Danmark', en: 'Denmark' }, NO: { sv: 'Norge', en: 'Norway' },
  FI: { sv: 'Finland', en: 'Finland' }, IS: { sv: 'Island', en: 'Iceland' }, DE: { sv: 'Tyskland', en: 'Germany' },
  NL: { sv: 'Nederländerna', en: 'the Netherlands' }, BE: { sv: 'Belgien', en: 'Belgium' }, FR: { sv: 'Frankrike', en: 'France' },
  ES: { sv: 'Spanien', en: 'Spain' }, PT: { sv: 'Portugal', en: 'Portugal' }, IT: { sv: 'Italien', en: 'Italy' },
  GR: { sv: 'Grekland', en: 'Greece' }, PL: { sv: 'Polen', en: 'Poland' }, LT: { sv: 'Litauen', en: 'Lithuania' },
  LV: { sv: 'Lettland', en: 'Latvia' }, EE: { sv: 'Estland', en: 'Estonia' }, HU: { sv: 'Ungern', en: 'Hungary' },
  RO: { sv: 'Rumänien', en: 'Romania' }, BG: { sv: 'Bulgarien', en: 'Bulgaria' }, CZ: { sv: 'Tjeckien', en: 'Czechia' },
  AT: { sv: 'Österrike', en: 'Austria' }, IE: { sv: 'Irland', en: 'Ireland' }, HR: { sv: 'Kroatien', en: 'Croatia' },
  SI: { sv: 'Slovenien', en: 'Slovenia' }, SK: { sv: 'Slovakien', en: 'Slovakia' }, CH: { sv: 'Schweiz', en: 'Switzerland' },
  GB: { sv: 'Storbritannien', en: 'the United Kingdom' }, UA: { sv: 'Ukraina', en: 'Ukraine' },
};
