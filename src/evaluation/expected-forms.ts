/**
 * How an expected figure may be written in a correct answer: the Swedish form "25 660 000" always,
 * and in English answers also "25,660,000" (eval/README.md: English questions accept both).
 */
export function swedishKronor(amount: number): string {
  return Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function englishKronor(amount: number): string {
  return Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function amountForms(amount: number, language: 'sv' | 'en'): string[] {
  return language === 'sv' ? [swedishKronor(amount)] : [swedishKronor(amount), englishKronor(amount)];
}

/** A number of projects as an answer states it: "10 projekt", "10 projects", "ett projekt", "one project". */
export function projectCountForms(count: number, language: 'sv' | 'en'): string[] {
  const forms = [`${count} projekt`];
  if (language === 'en') forms.push(`${count} project`);
  if (count === 1) forms.push(language === 'en' ? 'one project' : 'ett projekt', 'One project', 'Ett projekt');
  return forms;
}

const SWEDISH_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date as an answer may write it: "2028-06-30", "30 juni 2028", "30 June 2028", "June 30, 2028". */
export function dateForms(iso: string, language: 'sv' | 'en'): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return [iso];
  const [, year, month, day] = match;
  const monthIndex = Number(month) - 1;
  const dayNumber = Number(day);
  const forms = [iso, `${dayNumber} ${SWEDISH_MONTHS[monthIndex]} ${year}`];
  if (language === 'en') forms.push(`${dayNumber} ${ENGLISH_MONTHS[monthIndex]} ${year}`, `${ENGLISH_MONTHS[monthIndex]} ${dayNumber}, ${year}`);
  return forms;
}
