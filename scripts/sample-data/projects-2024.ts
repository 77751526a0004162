/**
 * The 2024 sample project list (source of data/2024/projects.json).
 * Real facts come from reference/malmo-eu-projects-facts.md and the published 2024 report;
 * everything else is example data and is marked so in each project's provenance.
 * A participation's paidKr of 'rest' is filled in by generate.ts so that the nämnd × family
 * cell it belongs to adds up exactly (see CELLS in generate.ts).
 */
export const EUR_RATE = 11.5;

export interface PartnerSpec { organisation: string; country: string | null }
export interface ParticipationSpec { namnd: string; role: 'Projektägare' | 'Projektpart'; paidKr: number | 'rest' }
export interface ProjectSpec {
  id: string;
  name: string;
  acronym?: string | null;
  programme: string;
  start: string | null;
  end: string | null;
  totalBudgetKr: number | null;
  euRate: number | null;
  lead: PartnerSpec | null;
  partners: PartnerSpec[];
  description: string;
  themes: string[];
  kfGoals: Array<1 | 2 | 3 | 4 | 5>;
  participations: ParticipationSpec[];
  collaborators?: string[];
  provenance: { kind: 'verified' | 'example'; note: string };
}

const p = (organisation: string, country: string | null): PartnerSpec => ({ organisation, country });
const MALMO = p('Malmö stad', 'SE');
const eur = (amount: number): number => Math.round(amount * EUR_RATE);
const EX = (what: string): { kind: 'example'; note: string } => ({ kind: 'example', note: `Exempeldata: ${what} är påhittat för att visa hur verktyget fungerar.` });
const EXAMPLE_PROJECT = EX('hela projektet (namn, partner, belopp, datum och KF-mål)');

export const PROJECTS_2024: ProjectSpec[] = [
  // ── Arbetsmarknads- och socialnämnden (10) ───────────────────────────────
  {
    id: 'samverkan-barns-ratt', name: 'Samverkan för barns rätt till lek, vila och fritid', acronym: null, programme: 'ESF+',
    start: '2023-02-01', end: '2026-01-30', totalBudgetKr: eur(1_077_006), euRate: 0.9, lead: MALMO, partners: [],
    description: 'Modell som samordnar kultur- och fritidsaktiviteter mellan skola, föreningar och andra aktörer för barn i Sofielund och Rosengård; cirka 700 deltagare.',
    themes: ['barnfattigdom', 'fritid', 'kultur', 'barn och unga', 'samverkan'], kfGoals: [1, 4],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 3_412_587 }, { namnd: 'gsn', role: 'Projektpart', paidKr: 436_902 }],
    collaborators: ['kn', 'frn'],
    provenance: { kind: 'verified', note: `ESF-rådets projektbank dnr 22-017-S03; Kohesio Q7362592; redovisningen 2024. Budget EUR 1 077 006 (EU EUR 969 305, 90 %) omräknad till kronor med 11,5 kr/EUR. Utbetalda belopp per förvaltning är exempeldata.` },
  },
  {
    id: 'malmokraften', name: 'Malmökraften', acronym: null, programme: 'ESF+',
    start: null, end: '2024-12-31', totalBudgetKr: null, euRate: null, lead: p('Arbetsförmedlingen', 'SE'),
    partners: [p('Försäkringskassan', 'SE'), p('Region Skåne', 'SE'), MALMO],
    description: 'Gemensamma myndighetsteam via Finsam Malmö som ska minska långtidsarbetslösheten; avslutades vid årsskiftet 2024/25 och metoderna lever vidare i samlokalisering.',
    themes: ['långtidsarbetslöshet', 'myndighetssamverkan', 'arbetsmarknad'], kfGoals: [2],
    participations: [{ namnd: 'asn', role: 'Projektpart', paidKr: 4_876_214 }],
    provenance: { kind: 'verified', note: 'Arbetsförmedlingen; Finsam Malmö (nyhet 2022-12-02); redovisningen 2024 (avslutat vid årsskiftet 2024/25). Startdatum och budget anges inte i källorna. Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'medledare', name: 'Kompetensutvecklingsprojekt Medledare', acronym: null, programme: 'ESF+',
    start: '2024-09-02', end: '2026-08-31', totalBudgetKr: null, euRate: 0.4, lead: MALMO, partners: [],
    description: 'Kompetensutveckling för erfarna medarbetare inom arbetsmarknads- och socialförvaltningen; cirka 100 deltagare.',
    themes: ['kompetensutveckling', 'kompetensförsörjning', 'ledarskap'], kfGoals: [5],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 612_580 }],
    provenance: { kind: 'verified', note: 'ESF-rådets projektbank dnr 23-071-S02 (programområde A1A). Budget anges inte. Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'uppsok-ung-malmo', name: 'Uppsök Ung Malmö', acronym: null, programme: 'ESF+',
    start: '2023-03-01', end: '2026-02-28', totalBudgetKr: null, euRate: 0.4, lead: MALMO, partners: [],
    description: 'Uppsökande arbete för unga som varken arbetar eller studerar, med vägar till jobb och utbildning; cirka 710 deltagare.',
    themes: ['ungdomar', 'unga som varken arbetar eller studerar', 'arbetsmarknad'], kfGoals: [1, 2],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 5_318_442 }],
    provenance: { kind: 'verified', note: 'ESF-rådets projektbank dnr 22-009-S02 (A2A). Budget anges inte. Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'social-vagledning-ung-malmo', name: 'Social vägledning Ung Malmö', acronym: null, programme: 'ESF+',
    start: '2024-04-22', end: '2027-03-31', totalBudgetKr: null, euRate: 0.9, lead: MALMO, partners: [],
    description: 'Social vägledning för unga 18–29 år i Rosengård, Nydala, Hermodsdal och Lindängen; cirka 160 deltagare.',
    themes: ['ungdomar', 'social vägledning', 'utsatta områden'], kfGoals: [1, 4],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 2_911_605 }],
    provenance: { kind: 'verified', note: 'ESF-rådets projektbank dnr 23-080-S01 (C1, nationellt). Budget anges inte. Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'breddad-rekrytering', name: 'Breddad rekrytering Malmö stad', acronym: null, programme: 'ESF+',
    start: '2023-08-14', end: '2025-03-14', totalBudgetKr: eur(685_496), euRate: 0.4, lead: MALMO, partners: [],
    description: 'Rustar Malmöbor som är anställda genom arbetsmarknadsinsatser för att matcha stadens kompetensbrist; funktionsstödsförvaltningen deltar.',
    themes: ['kompetensförsörjning', 'rekrytering', 'arbetsmarknad'], kfGoals: [2],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 1_694_318 }],
    collaborators: ['fun'],
    provenance: { kind: 'verified', note: `Kohesio Q7362518; redovisningen 2024 (funktionsstödsförvaltningen deltar). Budget EUR 685 496 (EU EUR 274 198, 40 %) omräknad med 11,5 kr/EUR. Att arbetsmarknads- och socialnämnden redovisar projektet, utbetalt belopp och KF-mål är exempeldata.` },
  },
  {
    id: 'sprakstegen', name: 'Språkstegen – yrkessvenska på arbetsplatsen', acronym: 'Språkstegen', programme: 'ESF+',
    start: '2023-01-09', end: '2025-12-31', totalBudgetKr: 14_860_000, euRate: 0.6, lead: MALMO,
    partners: [p('Folkuniversitetet Region Syd', 'SE'), p('Hyllie Park Vård AB', 'SE')],
    description: 'Arbetsplatsförlagd svenskundervisning för nyanlända i vård, omsorg och lokalvård, med språkombud på arbetsplatserna.',
    themes: ['språkutveckling', 'nyanlända', 'arbetsmarknad', 'kompetensförsörjning'], kfGoals: [2, 4],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'vagen-tillbaka', name: 'Vägen tillbaka – arbetsrehabilitering i samverkan', acronym: null, programme: 'ESF+',
    start: '2022-09-01', end: '2024-08-31', totalBudgetKr: 21_400_000, euRate: 0.5, lead: p('Samordningsförbundet Finsam Malmö', 'SE'),
    partners: [MALMO, p('Region Skåne', 'SE'), p('Arbetsförmedlingen', 'SE')],
    description: 'Arbetsrehabilitering för personer med långvarigt försörjningsstöd och ohälsa; avslutades i augusti 2024.',
    themes: ['arbetsrehabilitering', 'försörjningsstöd', 'arbetsmarknad'], kfGoals: [2],
    participations: [{ namnd: 'asn', role: 'Projektpart', paidKr: 3_187_920 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'ny-i-malmo', name: 'Ny i Malmö – samhällsorientering för nyanlända familjer', acronym: null, programme: 'AMIF',
    start: '2023-10-01', end: '2026-09-30', totalBudgetKr: 3_940_000, euRate: 0.75, lead: MALMO,
    partners: [p('Länsstyrelsen Skåne', 'SE'), p('Rädda Barnen Malmö', 'SE')],
    description: 'Samhällsorientering och föräldrastöd på modersmål för nyanlända familjer i Malmö.',
    themes: ['integration', 'nyanlända', 'föräldrastöd'], kfGoals: [4],
    participations: [{ namnd: 'asn', role: 'Projektägare', paidKr: 318_250 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'safe-homes-europe', name: 'Safe Homes Europe – våld i nära relationer', acronym: 'SAFE HOMES', programme: 'CERV',
    start: '2024-02-01', end: '2026-01-31', totalBudgetKr: 6_210_000, euRate: 0.9, lead: p('WAVE – Women Against Violence Europe', 'AT'),
    partners: [MALMO, p('Comune di Bologna', 'IT'), p('Ayuntamiento de Valencia', 'ES'), p('Københavns Kommune', 'DK')],
    description: 'Metoder för tidig upptäckt av våld i nära relationer i socialtjänsten, med utbildning av personal och erfarenhetsutbyte mellan städer.',
    themes: ['våld i nära relationer', 'socialtjänst', 'jämställdhet'], kfGoals: [4],
    participations: [{ namnd: 'asn', role: 'Projektpart', paidKr: 94_350 }], provenance: EXAMPLE_PROJECT,
  },
  // ── Kommunstyrelsen (4) ──────────────────────────────────────────────────
  {
    id: 'spegla-malmo', name: 'Kompetensförsörjning genom att spegla Malmö', acronym: 'Spegla Malmö', programme: 'ESF+',
    start: '2023-09-01', end: '2026-08-31', totalBudgetKr: null, euRate: 0.4, lead: MALMO, partners: [],
    description: 'Ska få Malmö stads organisation att spegla Malmöbornas skilda erfarenheter och bakgrunder i alla yrken och chefsled; leds av stadskontorets HR-avdelning med flera förvaltningar; cirka 80 deltagare.',
    themes: ['kompetensförsörjning', 'mångfald', 'rekrytering', 'chefsförsörjning'], kfGoals: [4, 5],
    participations: [{ namnd: 'ks', role: 'Projektägare', paidKr: 'rest' }],
    collaborators: ['fun'],
    provenance: { kind: 'verified', note: 'ESF-rådets projektbank dnr 22-037-S02 (A1A, Sydsverige); redovisningen 2024 (projektleds av stadskontorets HR-avdelning, funktionsstödsförvaltningen deltar). Budget anges inte. Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'urbact-iv-natverk', name: 'URBACT IV aktionsplaneringsnätverk', acronym: null, programme: 'URBACT',
    start: '2023-06-01', end: '2025-12-31', totalBudgetKr: null, euRate: 0.8, lead: null, partners: [],
    description: 'Malmö deltar som ny stad i ett URBACT IV-nätverk för aktionsplanering; nätverkets namn och tema anges inte i källan.',
    themes: ['stadsutveckling', 'erfarenhetsutbyte'], kfGoals: [5],
    participations: [{ namnd: 'ks', role: 'Projektpart', paidKr: 203_170 }],
    provenance: { kind: 'verified', note: 'Tillväxtverket (nyhet): Malmö ny deltagare i ett URBACT IV-nätverk 2023-06-01 – 2025-12. Slutdag 31 december, förvaltning, finansieringsgrad, belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'greenfin-cities', name: 'GreenFin Cities – klimatbudget och gröna investeringar', acronym: 'GreenFin', programme: 'Interreg Europe',
    start: '2023-04-01', end: '2027-06-30', totalBudgetKr: 19_650_000, euRate: 0.8, lead: p('Gemeente Utrecht', 'NL'),
    partners: [MALMO, p('Città di Torino', 'IT'), p('Tallinna Linnavalitsus', 'EE'), p('Miasto Gdańsk', 'PL'), p('Lahden kaupunki', 'FI')],
    description: 'Städer utvecklar klimatbudget och gröna finansieringsmodeller; Malmö delar erfarenheter av klimatbudgetering.',
    themes: ['klimat', 'klimatbudget', 'grön finansiering'], kfGoals: [3, 5],
    participations: [{ namnd: 'ks', role: 'Projektpart', paidKr: 118_940 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'cititwin-nordic', name: 'CitiTwin Nordic – digitala tvillingar för stadsplanering', acronym: 'CitiTwin', programme: 'Digitala Europa',
    start: '2024-01-01', end: '2026-12-31', totalBudgetKr: 48_300_000, euRate: 0.5, lead: p('Aarhus Kommune', 'DK'),
    partners: [MALMO, p('Tampereen kaupunki', 'FI'), p('Bergen kommune', 'NO'), p('RISE Research Institutes of Sweden', 'SE')],
    description: 'Gemensam plattform för digitala tvillingar som visar energi, trafik och klimatrisker i stadsplaneringen.',
    themes: ['digitalisering', 'digital tvilling', 'klimat'], kfGoals: [3, 5],
    participations: [{ namnd: 'ks', role: 'Projektpart', paidKr: 187_560 }], provenance: EXAMPLE_PROJECT,
  },
  // ── Förskolenämnden (2) ──────────────────────────────────────────────────
  {
    id: 'sprak-i-forskolan-erasmus', name: 'Språk i förskolan – Erasmus+ ackreditering', acronym: null, programme: 'Erasmus+',
    start: '2023-06-01', end: '2025-08-31', totalBudgetKr: 1_184_000, euRate: 1, lead: MALMO,
    partners: [p('Comune di Reggio Emilia', 'IT'), p('Gemeente Amsterdam', 'NL'), p('Helsingin kaupunki', 'FI')],
    description: 'Jobbskuggning och kurser för förskollärare om språkutvecklande arbetssätt i flerspråkiga barngrupper.',
    themes: ['språkutveckling', 'flerspråkighet', 'förskola', 'kompetensutveckling'], kfGoals: [1],
    participations: [{ namnd: 'fsn', role: 'Projektägare', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'outdoor-learning-gardens', name: 'Outdoor Learning Gardens', acronym: 'OLG', programme: 'Erasmus+',
    start: '2024-03-01', end: '2024-11-30', totalBudgetKr: 70_000, euRate: 1, lead: MALMO,
    partners: [p('Kindergarten Sonnenblume Graz', 'AT')],
    description: 'Liten Erasmus-utbyte om utomhuspedagogik och hållbar utveckling med utgångspunkt i Bokträdgården i Torup.',
    themes: ['hållbar utveckling', 'utomhuspedagogik', 'förskola', 'hälsa'], kfGoals: [1, 3],
    participations: [{ namnd: 'fsn', role: 'Projektägare', paidKr: 65_786 }], provenance: EXAMPLE_PROJECT,
  },
];

PROJECTS_2024.push(
  // ── Grundskolenämnden (8 egna + Samverkan för barns rätt) ────────────────
  {
    id: 'narvaroteam-malmo', name: 'Närvaroteam Malmö', acronym: null, programme: 'ESF+',
    start: '2023-08-01', end: '2026-06-30', totalBudgetKr: 9_870_000, euRate: 0.9, lead: MALMO, partners: [p('Skolverket', 'SE')],
    description: 'Tvärprofessionella närvaroteam som arbetar med elever med hög frånvaro och deras vårdnadshavare i årskurs 6–9.',
    themes: ['skolnärvaro', 'barn och unga', 'elevhälsa'], kfGoals: [1],
    participations: [{ namnd: 'gsn', role: 'Projektägare', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'erasmus-konsortium-grundskola', name: 'Erasmus+ konsortium för Malmös grundskolor', acronym: null, programme: 'Erasmus+',
    start: '2024-06-01', end: '2025-08-31', totalBudgetKr: 2_950_000, euRate: 1, lead: MALMO,
    partners: [p('Stadt Wien Bildungsdirektion', 'AT'), p('Ayuntamiento de Sevilla', 'ES'), p('Tallinna Haridusamet', 'EE')],
    description: 'Ackrediterat konsortium som ger lärare och elever i ett tjugotal grundskolor kurser, jobbskuggning och elevutbyten.',
    themes: ['kompetensutveckling', 'elevutbyte', 'lärarutbyte'], kfGoals: [1, 5],
    participations: [{ namnd: 'gsn', role: 'Projektägare', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'climate-schools-network', name: 'Climate Schools Network', acronym: 'CSN', programme: 'Erasmus+',
    start: '2022-11-01', end: '2025-10-31', totalBudgetKr: 2_760_000, euRate: 1, lead: p('Gemeente Rotterdam', 'NL'),
    partners: [MALMO, p('Ville de Lyon', 'FR'), p('Gdańsk Szkoła Podstawowa nr 45', 'PL')],
    description: 'Elever i årskurs 4–9 kartlägger skolans klimatavtryck och tar fram åtgärder tillsammans med skolor i Rotterdam, Lyon och Gdańsk.',
    themes: ['klimat', 'hållbar utveckling', 'elevinflytande'], kfGoals: [1, 3],
    participations: [{ namnd: 'gsn', role: 'Projektpart', paidKr: 612_845 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'reading-buddies-europe', name: 'Reading Buddies Europe', acronym: null, programme: 'Erasmus+',
    start: '2023-09-01', end: '2025-08-31', totalBudgetKr: 2_300_000, euRate: 1, lead: MALMO,
    partners: [p('Dublin City Council Education', 'IE'), p('Comune di Milano', 'IT'), p('Lietuvos mokykla Vilnius', 'LT')],
    description: 'Läsfrämjande och språkutvecklande arbete med äldre elever som läsfaddrar för yngre, på flera språk.',
    themes: ['språkutveckling', 'läsning', 'flerspråkighet'], kfGoals: [1],
    participations: [{ namnd: 'gsn', role: 'Projektägare', paidKr: 384_120 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'math-without-borders', name: 'Math Without Borders', acronym: 'MWB', programme: 'Erasmus+',
    start: '2022-09-01', end: '2024-08-31', totalBudgetKr: 1_650_000, euRate: 1, lead: p('Escola Secundária de Cascais', 'PT'),
    partners: [MALMO, p('Gymnázium Brno', 'CZ'), p('Kuopion kaupunki', 'FI')],
    description: 'Gemensamma matematikuppgifter och lärarutbyte om språkinriktad matematikundervisning; avslutades sommaren 2024.',
    themes: ['matematik', 'språkutveckling', 'lärarutbyte'], kfGoals: [1],
    participations: [{ namnd: 'gsn', role: 'Projektpart', paidKr: 297_460 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'inclusive-classrooms', name: 'Inclusive Classrooms – nyanlända elevers lärande', acronym: null, programme: 'Erasmus+',
    start: '2023-12-01', end: '2026-05-31', totalBudgetKr: 2_480_000, euRate: 1, lead: MALMO,
    partners: [p('Stadt Hamburg Behörde für Schule', 'DE'), p('Gemeente Antwerpen', 'BE'), p('Ayuntamiento de Bilbao', 'ES')],
    description: 'Metoder för mottagande och studiehandledning på modersmål för nyanlända elever.',
    themes: ['nyanlända elever', 'studiehandledning', 'språkutveckling', 'inkludering'], kfGoals: [1],
    participations: [{ namnd: 'gsn', role: 'Projektägare', paidKr: 451_308 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'digital-citizenship-kids', name: 'Digital Citizenship for Kids', acronym: 'DigiKids', programme: 'Erasmus+',
    start: '2024-01-15', end: '2026-01-14', totalBudgetKr: 1_420_000, euRate: 1, lead: p('Municipality of Thessaloniki', 'GR'),
    partners: [MALMO, p('Riga City Council Education Department', 'LV')],
    description: 'Källkritik, nätvett och digital delaktighet för elever i årskurs 4–6.',
    themes: ['digitalisering', 'källkritik', 'demokrati'], kfGoals: [1],
    participations: [{ namnd: 'gsn', role: 'Projektpart', paidKr: 236_914 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'music-bridges', name: 'Music Bridges – körer över gränser', acronym: null, programme: 'Erasmus+',
    start: '2023-02-01', end: '2024-06-30', totalBudgetKr: 980_000, euRate: 1, lead: p('Szczecin Szkoła Muzyczna', 'PL'),
    partners: [MALMO, p('Stralsund Grundschule Andershof', 'DE')],
    description: 'Körutbyte mellan skolor i vänorterna Szczecin och Stralsund och Malmö med gemensam konsert; avslutades juni 2024.',
    themes: ['musik', 'kultur', 'elevutbyte', 'vänorter'], kfGoals: [1],
    participations: [{ namnd: 'gsn', role: 'Projektpart', paidKr: 189_275 }], provenance: EXAMPLE_PROJECT,
  },
  // ── Gymnasie- och vuxenutbildningsnämnden (5) ────────────────────────────
  {
    id: 'yrkesvux-sprakstod', name: 'Yrkesvux med språkstöd', acronym: null, programme: 'ESF+',
    start: '2023-01-01', end: '2025-12-31', totalBudgetKr: 5_600_000, euRate: 0.6, lead: MALMO, partners: [p('Malmö universitet', 'SE')],
    description: 'Kombinerad yrkesutbildning och svenska för vuxna inom vård, bygg och restaurang, med språkstöd i yrkesämnena.',
    themes: ['vuxenutbildning', 'språkutveckling', 'kompetensförsörjning'], kfGoals: [1, 2],
    participations: [{ namnd: 'gvn', role: 'Projektägare', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'borgarskolan-erasmus-ackreditering', name: 'Malmö Borgarskola Erasmus+ ackreditering', acronym: null, programme: 'Erasmus+',
    start: '2024-06-01', end: '2025-11-30', totalBudgetKr: 1_980_000, euRate: 1, lead: MALMO,
    partners: [p('Lycée Jean Moulin Lyon', 'FR'), p('IES Miguel de Cervantes Granada', 'ES'), p('Gymnasium Kiel Kronshagen', 'DE')],
    description: 'Elevutbyten, studieresor och utlandsförlagt lärande med språk- och ämnesfokus vid den Erasmusackrediterade Malmö Borgarskola.',
    themes: ['elevutbyte', 'språk', 'utlandspraktik'], kfGoals: [1],
    participations: [{ namnd: 'gvn', role: 'Projektägare', paidKr: 'rest' }],
    provenance: { kind: 'example', note: 'Exempeldata: att Malmö Borgarskola är Erasmusackrediterad och erbjöd elevutbyten och studieresor 2024 står i redovisningen 2024; projektets namn, partner, belopp och datum är påhittade.' },
  },
  {
    id: 'equal-chances-education', name: 'Equal Chances in Education', acronym: 'ECE', programme: 'Erasmus+',
    start: '2024-09-01', end: '2026-08-31', totalBudgetKr: 2_540_000, euRate: 1, lead: p('Liceo Scientifico Galilei Firenze', 'IT'),
    partners: [MALMO, p('Tallinna Kesklinna Gümnaasium', 'EE'), p('Varna Professional High School', 'BG')],
    description: 'Undervisning för elever med socioekonomiska utmaningar i hemmiljön; Citadellskolan förbereder sig som värdskola.',
    themes: ['likvärdighet', 'socioekonomi', 'undervisning'], kfGoals: [1],
    participations: [{ namnd: 'gvn', role: 'Projektpart', paidKr: 402_630 }],
    provenance: { kind: 'example', note: 'Exempeldata: att Citadellskolan förbereder sig som värdskola i ett Erasmusprojekt om elever med socioekonomiska utmaningar står i redovisningen 2024; projektets namn, partner och belopp är påhittade.' },
  },
  {
    id: 'green-skills-vet', name: 'Green Skills in VET', acronym: 'GreenVET', programme: 'Erasmus+',
    start: '2022-10-01', end: '2024-09-30', totalBudgetKr: 3_120_000, euRate: 1, lead: p('Roskilde Tekniske Skole', 'DK'),
    partners: [MALMO, p('ROC Midden Nederland', 'NL'), p('Omnia Espoo', 'FI')],
    description: 'Gröna kompetenser i yrkesprogrammen: energieffektiv installation, cirkulärt byggande och hållbar restaurang; avslutades hösten 2024.',
    themes: ['gröna kompetenser', 'yrkesutbildning', 'cirkulär ekonomi'], kfGoals: [1, 3],
    participations: [{ namnd: 'gvn', role: 'Projektpart', paidKr: 538_214 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'komvux-erasmus', name: 'Komvux Malmö Erasmus+ vuxenutbildning', acronym: null, programme: 'Erasmus+',
    start: '2023-06-01', end: '2025-05-31', totalBudgetKr: 1_340_000, euRate: 1, lead: MALMO,
    partners: [p('Volkshochschule Hamburg', 'DE'), p('Centro Provinciale Istruzione Adulti Bologna', 'IT')],
    description: 'Kompetensutveckling för lärare i sfi och vuxenutbildning genom kurser och jobbskuggning.',
    themes: ['vuxenutbildning', 'sfi', 'kompetensutveckling'], kfGoals: [1, 5],
    participations: [{ namnd: 'gvn', role: 'Projektägare', paidKr: 611_480 }], provenance: EXAMPLE_PROJECT,
  },
  // ── Kulturnämnden (3) ────────────────────────────────────────────────────
  {
    id: 'perfare', name: 'Perfare', acronym: 'PERFARE', programme: 'Kreativa Europa',
    start: null, end: null, totalBudgetKr: null, euRate: null, lead: p('Consorzio Marche Spettacolo', 'IT'),
    partners: [p('Welcome APS', 'IT'), p('Pro Progressione', 'HU'), p('Artemrede', 'PT'), p('AltArt', 'RO'), MALMO],
    description: 'Scenkonst i vården för personer med demens; utbyte av praktiska erfarenheter inom "Kultur för äldre" tillsammans med hälsa-, vård- och omsorgsförvaltningen. Projektet löper 2022–2025.',
    themes: ['demens', 'kultur för äldre', 'scenkonst', 'hälsa'], kfGoals: [4],
    participations: [{ namnd: 'kn', role: 'Projektpart', paidKr: 141_780 }],
    collaborators: ['hvn'],
    provenance: { kind: 'verified', note: 'perfare.eu; redovisningen 2024 (kulturförvaltningen med hälsa-, vård- och omsorgsförvaltningen). Exakta datum och budget anges inte (2022–2025). Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'stories-of-migration', name: 'Stories of Migration – museer i samverkan', acronym: 'SoM', programme: 'Kreativa Europa',
    start: '2023-05-01', end: '2025-04-30', totalBudgetKr: 4_650_000, euRate: 0.6, lead: p('Red Star Line Museum Antwerpen', 'BE'),
    partners: [p('Malmö Museer', 'SE'), p('Deutsches Auswandererhaus Bremerhaven', 'DE'), p('Museo Nazionale dell’Emigrazione Italiana Genova', 'IT')],
    description: 'Malmö Museer samlar in och ställer ut berättelser om migration tillsammans med malmöbor och museer i Antwerpen, Bremerhaven och Genua.',
    themes: ['migration', 'museer', 'kulturarv'], kfGoals: [4],
    participations: [{ namnd: 'kn', role: 'Projektpart', paidKr: 167_455 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'young-voices-stage', name: 'Young Voices on Stage', acronym: 'YVS', programme: 'Kreativa Europa',
    start: '2024-02-01', end: '2026-01-31', totalBudgetKr: 3_100_000, euRate: 0.8, lead: p('Teatro di Roma', 'IT'),
    partners: [MALMO, p('Det Kongelige Teater København', 'DK'), p('Teatr Dramatyczny Warszawa', 'PL')],
    description: 'Unga mellan 15 och 20 år skriver och spelar egen scenkonst om klimat och framtid tillsammans med yrkesverksamma i fyra länder.',
    themes: ['scenkonst', 'ungdomar', 'delaktighet', 'klimat'], kfGoals: [1, 3],
    participations: [{ namnd: 'kn', role: 'Projektpart', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
);

PROJECTS_2024.push(
  // ── Tekniska nämnden (3 egna + STRIVE) ───────────────────────────────────
  {
    id: 'strive', name: 'STRIVE', acronym: 'STRIVE', programme: 'Interreg Södra Östersjön',
    start: null, end: null, totalBudgetKr: eur(2_239_780), euRate: 0.8, lead: null,
    partners: [p('Hochschule Wismar', 'DE'), MALMO],
    description: 'Hållbara festivaler och evenemang genom cirkulär ekonomi i festivalplanering och drift, mot en ny standard för hållbara evenemang; i Malmö med Malmöfestivalen i centrum. Fastighets- och gatukontoret leder arbetet i Malmö med stöd från miljöförvaltningen.',
    themes: ['cirkulär ekonomi', 'hållbara evenemang', 'festivaler', 'Malmöfestivalen'], kfGoals: [3],
    participations: [{ namnd: 'tn', role: 'Projektpart', paidKr: 231_118 }, { namnd: 'mn', role: 'Projektpart', paidKr: 'rest' }],
    provenance: { kind: 'verified', note: `europa-mv.de; redovisningen 2024. Budget EUR 2 239 780 (EU EUR 1 791 824, 80 %) omräknad med 11,5 kr/EUR. Period och huvudman anges inte. Utbetalda belopp och KF-mål är exempeldata.` },
  },
  {
    id: 'upstreet', name: 'UPSTREET – gator för människor', acronym: 'UPSTREET', programme: 'Horisont Europa',
    start: '2023-01-01', end: '2026-12-31', totalBudgetKr: 96_600_000, euRate: 1, lead: p('Politecnico di Milano', 'IT'),
    partners: [MALMO, p('Gemeente Eindhoven', 'NL'), p('Câmara Municipal de Lisboa', 'PT'), p('Budapesti Közlekedési Központ', 'HU'), p('Chalmers tekniska högskola', 'SE')],
    description: 'Omfördelning av gatuutrymme till gång, cykel och grönska med tillfälliga försök och uppföljning; Malmö testar på två gator i innerstaden.',
    themes: ['hållbar mobilitet', 'gatumiljö', 'klimat'], kfGoals: [3],
    participations: [{ namnd: 'tn', role: 'Projektpart', paidKr: 624_780 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'life-skyfall-malmo', name: 'LIFE Skyfall Malmö – blågröna lösningar', acronym: 'LIFE SKYFALL', programme: 'LIFE',
    start: '2021-09-01', end: '2025-08-31', totalBudgetKr: 31_200_000, euRate: 0.6, lead: MALMO,
    partners: [p('VA SYD', 'SE'), p('Københavns Kommune', 'DK'), p('Sveriges lantbruksuniversitet', 'SE')],
    description: 'Skyfallsanpassning med gröna tak, regnbäddar och översvämningsytor i parker och på gator.',
    themes: ['klimatanpassning', 'skyfall', 'blågröna lösningar'], kfGoals: [3],
    participations: [{ namnd: 'tn', role: 'Projektägare', paidKr: 512_430 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'cirkulara-anlaggningsmassor', name: 'Cirkulära anläggningsmassor Skåne', acronym: null, programme: 'Regionalfonden',
    start: '2023-03-01', end: '2024-10-31', totalBudgetKr: 7_400_000, euRate: 0.5, lead: p('Region Skåne', 'SE'),
    partners: [MALMO, p('Helsingborgs stad', 'SE'), p('Lunds kommun', 'SE'), p('Sustainable Business Hub', 'SE')],
    description: 'Återbruk av schaktmassor och krossmaterial i anläggningsprojekt; avslutades i oktober 2024 med en regional massbalansplattform.',
    themes: ['cirkulär ekonomi', 'återbruk', 'anläggning'], kfGoals: [3],
    participations: [{ namnd: 'tn', role: 'Projektpart', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
  // ── Miljönämnden (23 egna + NetZeroCities + STRIVE) ──────────────────────
  {
    id: 'netzerocities', name: 'NetZeroCities Pilot Cities Programme', acronym: 'NetZeroCities', programme: 'Horisont 2020',
    start: null, end: null, totalBudgetKr: null, euRate: null, lead: null, partners: [],
    description: 'Malmö är en av EU:s pilotstäder som ska visa hur städer kan bli klimatneutrala 2030, genom Klimatomställning Malmö och sju färdplaner, bland dem Färdplan för klimatneutralt byggande (stadsbyggnadskontoret, med LFM30 – Lokal Färdplan Malmö 2030, cirka 200 aktörer i byggsektorn). Pilotprogrammet är tvåårigt och delar 32 miljoner euro mellan 53 pilotstäder, bland dem Uppsala och Umeå.',
    themes: ['klimat', 'klimatneutralitet 2030', 'klimatomställning', 'klimatneutralt byggande', 'LFM30'], kfGoals: [3],
    participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 2_864_217 }, { namnd: 'sbn', role: 'Projektpart', paidKr: 444_000 }],
    provenance: { kind: 'verified', note: 'Smart City Sweden; NetZeroCities (2025-03-27); redovisningen 2024 (pilotstad; stadsbyggnadskontoret leder Färdplan för klimatneutralt byggande). Malmös andel av de 32 miljoner euro anges inte. Utbetalda belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'arcadia', name: 'ARCADIA', acronym: 'ARCADIA', programme: 'Horisont Europa',
    start: '2024-01-01', end: '2028-06-30', totalBudgetKr: eur(18_586_620), euRate: 0.94, lead: p('ART-ER', 'IT'),
    partners: [MALMO, p('Sustainable Business Hub', 'SE'), p('Helsingborgs stad', 'SE'), p('Lunds kommun', 'SE'), p('Region Skåne', 'SE'), p('Sveriges lantbruksuniversitet', 'SE')],
    description: 'Naturbaserad klimatanpassning inom EU:s klimatanpassningsmission med Skåne som modellregion; Malmö Urban Landscape Lab. 43 partner i 9 länder.',
    themes: ['klimatanpassning', 'naturbaserade lösningar', 'klimat'], kfGoals: [3],
    participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 1_126_480 }],
    provenance: { kind: 'verified', note: `CORDIS 101112737. Budget EUR 18 586 620 (EU EUR 17 562 795, ca 94 %) omräknad med 11,5 kr/EUR. Att miljönämnden redovisar projektet, utbetalt belopp och KF-mål är exempeldata.` },
  },
  {
    id: 'speak-up', name: 'Speak Up', acronym: null, programme: 'Interreg Nordsjöregionen',
    start: null, end: null, totalBudgetKr: null, euRate: null, lead: null,
    partners: [p('Skive Kommune', 'DK'), p('Stad Mechelen', 'BE'), MALMO],
    description: 'Medborgardelaktighet i klimatomställningen: metoder kartläggs och testas, bland annat Malmös Klimatrådslag hösten 2024 i samverkan med Klimatriksdagen, som gav 26 förslag från Malmöborna.',
    themes: ['medborgardialog', 'klimatomställning', 'Klimatrådslag', 'delaktighet'], kfGoals: [3],
    participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 201_336 }],
    provenance: { kind: 'verified', note: 'Interreg North Sea; redovisningen 2024 (Klimatrådslag hösten 2024, 26 förslag). Period, budget och huvudman anges inte. Utbetalt belopp och KF-mål är exempeldata.' },
  },
  {
    id: 'grona-jobb-malmo', name: 'Gröna jobb Malmö', acronym: null, programme: 'ESF+',
    start: '2023-09-01', end: '2026-02-28', totalBudgetKr: 12_300_000, euRate: 0.5, lead: p('Region Skåne', 'SE'),
    partners: [MALMO, p('Arbetsförmedlingen', 'SE'), p('Sysav', 'SE')],
    description: 'Arbetssökande utbildas för jobb inom återvinning, energieffektivisering och naturvård.',
    themes: ['gröna jobb', 'arbetsmarknad', 'klimatomställning'], kfGoals: [2, 3],
    participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 612_418 }], provenance: EXAMPLE_PROJECT,
  },
  {
    id: 'klimatsmarta-yrken', name: 'Klimatsmarta yrken – kompetens för omställningen', acronym: null, programme: 'ESF+',
    start: '2024-03-01', end: '2026-12-31', totalBudgetKr: 8_950_000, euRate: 0.5, lead: p('Lunds kommun', 'SE'),
    partners: [MALMO, p('Helsingborgs stad', 'SE'), p('Byggföretagen Syd', 'SE')],
    description: 'Kompetensutveckling om klimatkrav i upphandling, bygg och fordon för anställda i skånska kommuner och företag.',
    themes: ['kompetensförsörjning', 'klimatomställning', 'upphandling'], kfGoals: [2, 3],
    participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 'rest' }], provenance: EXAMPLE_PROJECT,
  },
);

const mnHorizon = (
  id: string, name: string, acronym: string | null, programme: string, start: string, end: string, totalBudgetKr: number,
  lead: PartnerSpec, partners: PartnerSpec[], description: string, themes: string[], paidKr: number | 'rest', role: 'Projektägare' | 'Projektpart' = 'Projektpart',
): ProjectSpec => ({
  id, name, acronym, programme, start, end, totalBudgetKr, euRate: 1, lead, partners: [MALMO, ...partners], description, themes, kfGoals: [3],
  participations: [{ namnd: 'mn', role, paidKr }], provenance: EXAMPLE_PROJECT,
});

PROJECTS_2024.push(
  mnHorizon('cityshift', 'CITYSHIFT – klimatneutrala stadsdelar', 'CITYSHIFT', 'Horisont Europa', '2023-01-01', '2027-12-31', 220_000_000,
    p('Fundación Tecnalia Research & Innovation', 'ES'),
    [p('Gemeente Rotterdam', 'NL'), p('Ville de Grenoble', 'FR'), p('Dublin City Council', 'IE'), p('Københavns Kommune', 'DK'), p('Malmö universitet', 'SE')],
    'Stort demonstrationsprojekt inom EU:s stadsmission där Malmö visar energirenovering, lokal energi och fossilfria transporter i Sofielund.',
    ['klimat', 'klimatneutralitet 2030', 'energi', 'stadsutveckling'], 1_318_604),
  mnHorizon('foodways', 'FOODWAYS – hållbara livsmedelssystem', 'FOODWAYS', 'Horisont Europa', '2022-09-01', '2026-08-31', 58_500_000,
    p('Wageningen University & Research', 'NL'), [p('Comune di Milano', 'IT'), p('Ghent University', 'BE'), p('Lunds universitet', 'SE')],
    'Minskat matsvinn och mer växtbaserad mat i offentliga kök och i butiker, med ett living lab i Malmö.',
    ['cirkulär ekonomi', 'matsvinn', 'livsmedel'], 486_230),
  mnHorizon('airq-urban', 'AIRQ-Urban – luftkvalitet och hälsa', 'AIRQ-Urban', 'Horisont Europa', '2023-05-01', '2027-04-30', 41_200_000,
    p('Norsk institutt for luftforskning', 'NO'), [p('Ajuntament de Barcelona', 'ES'), p('Stadt Stuttgart', 'DE'), p('IVL Svenska Miljöinstitutet', 'SE')],
    'Sensorer för luftkvalitet vid skolor och förskolor och åtgärder mot partiklar och kvävedioxid.',
    ['luftkvalitet', 'hälsa', 'miljöövervakning'], 372_915),
  mnHorizon('biocity', 'BIOCITY – biologisk mångfald i staden', 'BIOCITY', 'Horisont 2020', '2020-10-01', '2024-09-30', 63_800_000,
    p('ICLEI European Secretariat', 'DE'), [p('Gemeente Utrecht', 'NL'), p('Stadt Leipzig', 'DE'), p('Győr Megyei Jogú Város', 'HU')],
    'Naturbaserade lösningar och biologisk mångfald i parker och på innergårdar; avslutades i september 2024.',
    ['biologisk mångfald', 'naturbaserade lösningar', 'grönstruktur'], 298_640),
  mnHorizon('circ-tex', 'CIRC-TEX – cirkulära textilier', 'CIRC-TEX', 'Horisont Europa', '2023-06-01', '2026-11-30', 37_900_000,
    p('VTT Technical Research Centre of Finland', 'FI'), [p('Københavns Kommune', 'DK'), p('Prato Textile District', 'IT'), p('Re:textile Borås', 'SE')],
    'Insamling, sortering och återbruk av textilier, med återbruksstationer och krav i upphandling.',
    ['cirkulär ekonomi', 'textilier', 'återbruk'], 414_087),
  mnHorizon('heatwise', 'HEATWISE – värmeböljor och sårbara grupper', 'HEATWISE', 'Horisont Europa', '2024-01-01', '2027-12-31', 44_600_000,
    p('Instituto de Salud Global Barcelona', 'ES'), [p('Città di Bologna', 'IT'), p('Hauptstadt Wien', 'AT'), p('Karolinska Institutet', 'SE')],
    'Värmeplaner för äldre, personer med demens och små barn, med svala platser och varningssystem.',
    ['klimatanpassning', 'värmebölja', 'demens', 'äldre'], 356_702),
  mnHorizon('clean-seas-oresund', 'CLEAN SEAS Öresund – plastfritt hav', 'CLEAN SEAS', 'Horisont Europa', '2023-03-01', '2026-02-28', 52_300_000,
    p('Danmarks Tekniske Universitet', 'DK'), [p('Helsingør Kommune', 'DK'), p('Gdynia City Hall', 'PL'), p('Klaipėdos miesto savivaldybė', 'LT')],
    'Mätning och minskning av plast och mikroplast från dagvatten och stränder inom EU:s havsmission.',
    ['havsmiljö', 'plast', 'dagvatten'], 'rest'),
  mnHorizon('energy-communities', 'ENERGY COMMUNITIES – lokala energigemenskaper', 'ECOM', 'Horisont 2020', '2021-05-01', '2024-04-30', 28_700_000,
    p('Energy Cities', 'FR'), [p('Gemeente Amsterdam', 'NL'), p('Municipality of Heraklion', 'GR'), p('Energikontoret Skåne', 'SE')],
    'Stöd till bostadsrättsföreningar och företag som vill bilda energigemenskaper med solel; avslutades i april 2024.',
    ['energi', 'solel', 'energigemenskaper'], 281_440),
  mnHorizon('green-schoolyards', 'Green Schoolyards – klimatsmarta skolgårdar', 'GSY', 'Horisont Europa', '2024-05-01', '2028-04-30', 33_400_000,
    p('Ville de Paris', 'FR'), [p('Ajuntament de Barcelona', 'ES'), p('Gemeente Antwerpen', 'BE'), p('Malmö universitet', 'SE')],
    'Skolgårdar görs om med grönska, skugga och regnvattenhantering tillsammans med elever.',
    ['klimatanpassning', 'skolgårdar', 'grönska'], 274_318),
);

const mnOther = (
  id: string, name: string, acronym: string | null, programme: string, start: string, end: string, totalBudgetKr: number, euRate: number,
  lead: PartnerSpec, partners: PartnerSpec[], description: string, themes: string[], kfGoals: Array<1 | 2 | 3 | 4 | 5>, paidKr: number | 'rest',
): ProjectSpec => ({
  id, name, acronym, programme, start, end, totalBudgetKr, euRate, lead, partners: lead === MALMO ? partners : [MALMO, ...partners], description, themes, kfGoals,
  participations: [{ namnd: 'mn', role: lead === MALMO ? 'Projektägare' : 'Projektpart', paidKr }], provenance: EXAMPLE_PROJECT,
});

PROJECTS_2024.push(
  mnOther('life-urban-pollinators', 'LIFE Urban Pollinators', 'LIFE POLLINATORS', 'LIFE', '2022-07-01', '2026-06-30', 18_900_000, 0.6, MALMO,
    [p('Københavns Kommune', 'DK'), p('Naturskyddsföreningen i Skåne', 'SE'), p('Hamburg Behörde für Umwelt', 'DE')],
    'Blomsterrika gräsytor, bihotell och skötselplaner för vilda pollinatörer i Malmös parker.', ['biologisk mångfald', 'pollinatörer', 'parker'], [3], 98_260),
  mnOther('life-circular-food', 'LIFE Circular Food Malmö', null, 'LIFE', '2023-09-01', '2027-08-31', 15_300_000, 0.6, MALMO,
    [p('Sysav', 'SE'), p('Gemeente Den Haag', 'NL')],
    'Matavfall blir biogas och biogödsel; matsvinnet i skolkök halveras med mätning och nya rutiner.', ['cirkulär ekonomi', 'matsvinn', 'biogas'], [3], 142_775),
  mnOther('procure-circular', 'ProcuRe Circular – cirkulär upphandling', 'ProcuRe', 'URBACT', '2023-06-15', '2025-12-31', 7_650_000, 0.8,
    p('Município de Porto', 'PT'), [p('Ville de Nantes', 'FR'), p('Comune di Prato', 'IT'), p('Kauno miesto savivaldybė', 'LT')],
    'Nätverk av städer som tar fram handlingsplaner för cirkulär upphandling av möbler, IT och byggmaterial.', ['cirkulär ekonomi', 'upphandling'], [3], 96_310),
  mnOther('hallbara-foretag-malmo', 'Hållbara företag i Malmö', null, 'Regionalfonden', '2023-01-01', '2025-06-30', 9_200_000, 0.4, MALMO,
    [p('Malmö universitet', 'SE'), p('Sydsvenska Industri- och Handelskammaren', 'SE')],
    'Miljöinspektörer och rådgivare hjälper små och medelstora företag att minska energi- och resursanvändning.', ['näringsliv', 'energieffektivisering', 'cirkulär ekonomi'], [2, 3], 158_730),
  mnOther('oppna-miljodata', 'Öppna miljödata för städer', null, 'Digitala Europa', '2024-04-01', '2026-03-31', 12_100_000, 0.5,
    p('Forum Virium Helsinki', 'FI'), [p('Tallinna Linnavalitsus', 'EE'), p('Gemeente Eindhoven', 'NL')],
    'Gemensamma dataformat för luft-, buller- och vattendata som öppna data.', ['digitalisering', 'öppna data', 'miljöövervakning'], [3], 88_940),
  mnOther('life-vatmarker-oresund', 'LIFE Våtmarker Öresund', null, 'LIFE', '2021-01-01', '2024-12-31', 22_800_000, 0.6,
    p('Høje-Taastrup Kommune', 'DK'), [p('Lunds kommun', 'SE'), p('Länsstyrelsen Skåne', 'SE')],
    'Restaurering av våtmarker för biologisk mångfald och näringsrening; avslutades vid årsskiftet 2024/25.', ['våtmarker', 'biologisk mångfald', 'vattenvård'], [3], 154_208),
  mnOther('life-kemikaliesmart-forskola', 'LIFE Kemikaliesmart förskola', null, 'LIFE', '2022-01-01', '2024-06-30', 5_400_000, 0.6, MALMO,
    [p('Göteborgs Stad', 'SE'), p('Helsingin kaupunki', 'FI')],
    'Utfasning av skadliga kemikalier i förskolornas leksaker, material och inredning; avslutades i juni 2024.', ['kemikalier', 'giftfri miljö', 'förskola'], [3], 73_615),
  mnOther('solenergi-smaforetag', 'Solenergi för småföretag', null, 'Regionalfonden', '2024-02-01', '2026-12-31', 6_800_000, 0.5,
    p('Energikontoret Skåne', 'SE'), [p('Helsingborgs stad', 'SE'), p('Kristianstads kommun', 'SE')],
    'Rådgivning och förstudier för solceller och energilager i småföretag.', ['energi', 'solel', 'näringsliv'], [3], 84_950),
  mnOther('healthy-school-meals', 'Healthy School Meals Network', null, 'URBACT', '2023-06-15', '2025-12-31', 6_950_000, 0.8,
    p('Município de Lisboa', 'PT'), [p('Comune di Bergamo', 'IT'), p('Miasto Wrocław', 'PL')],
    'Hållbara och hälsosamma skolmåltider med lokalt producerade råvaror och mindre matsvinn.', ['livsmedel', 'skolmåltider', 'hälsa'], [3], 61_090),
  mnOther('life-tyst-stad', 'LIFE Tyst stad – buller och hälsa', null, 'LIFE', '2024-10-01', '2028-09-30', 16_400_000, 0.6, MALMO,
    [p('Stadt Wien', 'AT'), p('Ajuntament de Girona', 'ES')],
    'Bullerdämpande asfalt, bullerskärmar med grönska och tysta områden; startade hösten 2024.', ['buller', 'hälsa', 'stadsmiljö'], [3], 'rest'),
);

/** Named by the report, not counted in its tables: only a collaborating förvaltning. */
PROJECTS_2024.push({
  id: 'u-lync', name: 'U-LYNC (Urban Life of Young People in the Nordic Countries)', acronym: 'U-LYNC', programme: 'Erasmus+',
  start: null, end: null, totalBudgetKr: null, euRate: null, lead: p('Reykjavík School and Leisure Division', 'IS'),
  partners: [MALMO, p('Bergen kommune', 'NO'), p('Oslo kommune', 'NO'), p('Trondheim kommune', 'NO'), p('Helsingin kaupunki', 'FI'),
    p('Københavns Kommune', 'DK'), p('Odense Kommune', 'DK'), p('Aalborg Kommune', 'DK'), p('Aarhus Kommune', 'DK')],
  description: 'Nordiskt storstadsarbete om att vara ung i tio nordiska städer: data samlades in 2023, digitala workshoppar hösten 2023 och våren 2024 och en ungdomskonferens i Reykjavík 2024. Bidraget var 250 000 euro (cirka 2 875 000 kr).',
  themes: ['ungdomar', 'ungas delaktighet', 'nordiskt samarbete'], kfGoals: [],
  participations: [], collaborators: ['frn'],
  provenance: { kind: 'verified', note: `reykjavik.is; redovisningen 2024 (fritidsförvaltningen bidrog; räknas inte i redovisningens tabeller). Bidrag EUR 250 000 omräknat med 11,5 kr/EUR; total budget och datum anges inte.` },
});
