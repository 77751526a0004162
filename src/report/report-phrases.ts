import { formatInteger } from '../text/swedish-number.js';

/**
 * The report's Swedish wording: the fixed text of the tjänsteskrivelse and the phrases its figure
 * sentences are built from. Figures are passed in (from tool results); nothing here computes one.
 */

const NUMBER_WORDS = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** "nio", "åtta" as the report writes small counts; digits from 13 on. */
export function numberWord(value: number): string {
  return Number.isInteger(value) && value >= 2 && value < NUMBER_WORDS.length ? (NUMBER_WORDS[value] ?? formatInteger(value)) : formatInteger(value);
}

/** "50,5" or "43" (a whole number of millions without ",0"), as the report writes "cirka … miljoner". */
export function millions(value: number): string {
  const rounded = (Math.round(value / 100_000) / 10).toFixed(1);
  return rounded.endsWith('.0') ? rounded.slice(0, -2) : rounded.replace('.', ',');
}

/** A list in Swedish: "A", "A samt B", "A, B samt C". */
export function swedishList(items: readonly string[], last = 'samt'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** How the report names a programme family in running text. */
export const FAMILY_IN_TEXT: Record<string, string> = {
  ESF: 'Europeiska socialfonden',
  Horisont: 'Horisont-programmen',
  Interreg: 'Interreg-programmen',
  Erasmus: 'Erasmus+',
  Övriga: 'övriga program',
};

/** The family's row in the per-programme table: "ESF-projekt", "Övriga projekt". */
export const familyRowLabel = (family: string): string => (family === 'Övriga' ? 'Övriga projekt' : `${family}-projekt`);

/** "Erasmus-projekt" for the budget range; the rest family as "projekt i övriga program". */
export const familyProjects = (family: string | null): string =>
  family === null ? 'projekt' : family === 'Övriga' ? 'projekt i övriga program' : `${family}-projekt`;

export function changeWord(change: number | null): string {
  if (change === null) return 'jämfört med';
  return change > 0 ? 'en ökning från' : change < 0 ? 'en minskning från' : 'samma antal som';
}

export const reportText = {
  title: (year: number) => `Redovisning av internationellt arbete ${year}`,
  subtitle: 'Tjänsteskrivelse — UTKAST framtaget ur nämndernas underlag. Figurer och tabeller är beräknade ur datan; gulmarkerade delar fylls i av handläggaren.',
  summary: [
    'Varje år sammanställer stadskontoret Malmö stads internationella arbete baserat på underlag som tillhandahålls från nämnderna. ' +
      'Redovisningen sammanställs enligt Policy för internationellt arbete som är ett kommunövergripande styrdokument antaget av kommunfullmäktige ([[diarienummer för policyn]]). ' +
      'Syftet med redovisningen är att tydliggöra nyttan och ge en överblick av det internationella arbetet i staden. ' +
      'Inledningsvis refererar ärendet till nämnder då det är nämnden som ansvarar för förvaltningens operationella internationella arbete.',
  ],
  proposalIntro: 'Kommunstyrelsen föreslår kommunfullmäktige besluta',
  proposal: (year: number) => `1. Kommunfullmäktige lägger den internationella redovisningen för ${year} till handlingarna.`,
  basis: (year: number) => [`Redovisning av internationellt arbete ${year}`, `Tjänsteskrivelse KSAU [[datum]] Redovisning av internationellt arbete ${year}`],
  planning: ['Kommunstyrelsens arbetsutskott [[datum]]', 'Kommunstyrelsen [[datum]]', 'Kommunfullmäktige [[datum]]'],
  recipients: ['Samtliga nämnder', 'Stadskontoret, avdelningen Omvärld och näringsliv', 'Stadskontorets handläggare'],
  matter: [
    'Varje år sammanställer stadskontoret en redovisning över Malmö stads internationella arbete baserat på underlag som respektive nämnd har lämnat in. ' +
      'Detta sker enligt Policy för Malmö stads internationella arbete som är ett kommunövergripande styrdokument ([[diarienummer och datum för policyn]]). ' +
      'Nämnderna ska kortfattat beskriva det internationella arbete som ägt rum under året samt hur detta arbete bidragit till verksamhetsutvecklingen under föregående år. ' +
      'Därutöver har nämnderna i uppdrag att redovisa vilka externfinansierade projekt, från EU eller annan internationell finansiering, förvaltningen deltar i, antingen som projektägare eller projektpart. ' +
      'Syftet med redovisningen är att tydliggöra nyttan med stadens internationella verksamhet samt att ge en överblick över det internationella arbetet och projekten.',
  ],
  workIntro:
    'Det internationella arbetet följer kommunfullmäktigemålen och stadens internationella policy med fokus på verksamhetsutveckling, strategisk påverkan och profilering. ' +
    'Utöver detta har nämnderna egna prioriterade inriktningar för sitt internationella arbete.',
  workJudgement: '[[En mening om årets engagemang på den internationella arenan, skriven av handläggaren]]',
  financingNote: 'EU:s medfinansieringsgrad skiftar mellan programmen. Förvaltningarna bidrar med resten i form av arbetsinsats eller kontanta medel.',
  goalsIntro: (year: number) => `Noteras i redovisningen för ${year} att många förvaltningar i sina EU-projekt har angivit att de arbetar för fler än ett kommunfullmäktigemål.`,
  goalsTitle: 'Projekt fördelat på kommunfullmäktigemål',
  namndTitle: 'Antalet EU-projekt hos nämnderna samt betalda EU-medel (avrundat till närmsta tusental kronor)',
  familyTitle: (year: number) => `Betalda medel ${year} fördelat på program`,
  exempelIntro: 'Nedan följer utdrag från förvaltningarnas arbete.',
  exempelSources: 'Källor till exemplen (utkast — kontrollera mot underlagen före publicering)',
  assessmentPlaceholder: '[[Stadskontorets bedömning: skrivs av handläggaren. Förslaget nedan bygger bara på årets siffror.]]',
  suggestionLabel: 'Förslag till text (utkast skrivet av assistenten ur siffrorna — ingen bedömning; pröva och skriv om)',
  closing: (year: number) => `Stadskontoret föreslår att redovisningen för ${year} läggs till handlingarna.`,
  responsible: ['[[namn]], [[titel]]', '[[namn]], [[titel]]', '[[namn]], Stadsdirektör'],
  noteHeading: 'Att kontrollera före publicering',
} as const;
