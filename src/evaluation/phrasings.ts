/**
 * How people ask, per kind of entity and measure: formal (a handläggare writing to stadskontoret),
 * informal (a politician typing in Teams), and English. `{x}` is the entity as named, `{x:s}` its
 * genitive, `{year}` the data year. The no-å/ä/ö and typo variants are made from the Swedish ones.
 * Written as people ask, not as the interpreter happens to understand.
 */
export interface Phrasings { formal: readonly string[]; informal: readonly string[]; english: readonly string[] }

export const PHRASINGS: Readonly<Record<string, Phrasings>> = {
  'unit/count': {
    formal: ['Hur många EU-projekt deltar {x} i?', 'Hur många externfinansierade projekt hade {x} {year}?', 'Hur många projekt redovisar {x} för {year}?', 'Antal EU-projekt för {x} {year}?'],
    informal: ['hur många projekt har {x}', 'hur många eu-projekt är {x} med i?', 'antal projekt {x}?', '{x} – hur många projekt?'],
    english: ['How many EU projects does {x} take part in?', 'How many projects did {x} have in {year}?', 'Number of projects for {x}?', 'how many projects is {x} involved in'],
  },
  'unit/sum': {
    formal: ['Hur mycket EU-medel fick {x} {year}?', 'Hur stora EU-medel betalades ut till {x:s} projekt?', 'Hur mycket har betalats ut till {x} under {year}?', 'Hur mycket externa medel tog {x} emot {year}?'],
    informal: ['hur mkt pengar fick {x}', 'hur mycket eu-pengar fick {x}?', '{x:s} eu-medel?', 'vad fick {x} i eu-stöd'],
    english: ['How much EU funding did {x} receive in {year}?', 'How much money did {x} get?', 'What was paid out to {x} in {year}?', 'total EU funds for {x}'],
  },
  'unit/list': {
    formal: ['Vilka EU-projekt deltar {x} i?', 'Vilka projekt redovisar {x} för {year}?', 'Lista {x:s} externfinansierade projekt.'],
    informal: ['vilka projekt har {x}', 'visa {x:s} projekt', 'vad har {x} för eu-projekt?'],
    english: ['Which EU projects does {x} take part in?', 'List the projects of {x}.', 'what projects does {x} have'],
  },
  'unit/top-project': {
    formal: ['Vilket av {x:s} projekt fick mest EU-medel {year}?', 'Vilket projekt hos {x} fick störst utbetalning?'],
    informal: ['vilket av {x:s} projekt fick mest pengar', 'största projektet hos {x}?'],
    english: ['Which of the projects of {x} received the most EU funding?', 'What is the biggest project of {x} by funding?'],
  },
  'unit/contact': {
    formal: ['Vem är kontaktperson för EU-projekten hos {x}?', 'Vem kan jag kontakta på {x} om internationellt arbete?'],
    informal: ['vem är kontaktperson på {x}', 'vem ska jag prata med på {x}?'],
    english: ['Who is the contact person at {x}?', 'Who should I contact at {x} about EU projects?'],
  },
  'programme/count': {
    formal: ['Hur många projekt finansieras av {x}?', 'Hur många projekt inom {x} redovisades {year}?', 'Antal projekt inom {x}?'],
    informal: ['hur många {x}-projekt har vi', 'hur många projekt har vi i {x}?', 'antal {x}-projekt?'],
    english: ['How many projects are funded by {x}?', 'How many {x} projects do we have?', 'number of {x} projects in {year}'],
  },
  'programme/sum': {
    formal: ['Hur mycket EU-medel betalades ut inom {x} {year}?', 'Hur mycket fick projekten inom {x}?', 'Hur stora belopp kom från {x} {year}?'],
    informal: ['hur mycket pengar fick {x}-projekten', 'hur mkt kom från {x}?', 'summa {x} {year}?'],
    english: ['How much was paid out under {x} in {year}?', 'How much money came from {x}?', 'total funding from {x}'],
  },
  'programme/list': {
    formal: ['Vilka projekt finansieras av {x}?', 'Vilka {x}-projekt finns det?', 'Lista projekten inom {x}.'],
    informal: ['vilka {x}-projekt har vi', 'visa {x}-projekten', 'vilka projekt har vi i {x}?'],
    english: ['Which projects are funded by {x}?', 'List the {x} projects.', 'what {x} projects do we have'],
  },
  'programme/top-project': {
    formal: ['Vilket {x}-projekt fick mest EU-medel {year}?', 'Vilket projekt inom {x} fick störst utbetalning?'],
    informal: ['vilket {x}-projekt fick mest pengar', 'största {x}-projektet?'],
    english: ['Which {x} project received the most funding?', 'What is the biggest {x} project by funding?'],
  },
  'goal/count': {
    formal: ['Hur många projekt bidrar till {x}?', 'Hur många EU-projekt är kopplade till {x}?', 'Antal projekt inom {x} {year}?'],
    informal: ['hur många projekt finns under {x}', 'antal projekt {x}?', 'hur många projekt jobbar mot {x}?'],
    english: ['How many projects contribute to {x}?', 'How many projects are linked to {x}?', 'number of projects under {x}'],
  },
  'goal/sum': {
    formal: ['Hur mycket EU-medel gick till projekt inom {x}?', 'Hur mycket betalades ut till projekt som bidrar till {x} {year}?'],
    informal: ['hur mycket pengar gick till {x}', 'summa för {x}?'],
    english: ['How much EU funding went to projects under {x}?', 'How much money went to {x}?'],
  },
  'goal/list': {
    formal: ['Vilka projekt bidrar till {x}?', 'Vilka projekt är kopplade till {x}?'],
    informal: ['vilka projekt finns under {x}', 'visa projekten för {x}'],
    english: ['Which projects contribute to {x}?', 'List the projects under {x}.'],
  },
  'project/details': {
    formal: ['Berätta om projektet {x}.', 'Kan du beskriva {x}?'],
    informal: ['vad är {x} för projekt', 'info om {x}'],
    english: ['Tell me about {x}.', 'What is the project {x}?'],
  },
  'project/partners': {
    formal: ['Vilka partner har {x}?', 'Vilka organisationer samarbetar vi med i {x}?'],
    informal: ['vilka partners har {x}', 'vilka samarbetspartner finns i {x}?'],
    english: ['Who are the partners in {x}?', 'Which organisations take part in {x}?'],
  },
  'project/contact': {
    formal: ['Vem är kontaktperson för {x}?', 'Vem ansvarar för {x} hos staden?'],
    informal: ['vem kan jag prata med om {x}', 'kontaktperson {x}?'],
    english: ['Who is the contact person for {x}?', 'Who can I talk to about {x}?'],
  },
  'project/lead': {
    formal: ['Vem är projektägare för {x}?', 'Vilken organisation leder {x}?'],
    informal: ['vem leder {x}', 'vem äger {x}?'],
    english: ['Who leads {x}?', 'Who is the lead partner of {x}?'],
  },
  'project/budget': {
    formal: ['Vad är den totala budgeten för {x}?', 'Hur stor är totalbudgeten för {x}?'],
    informal: ['hur stor budget har {x}', 'budget {x}?'],
    english: ['What is the total budget of {x}?', 'How big is the budget for {x}?'],
  },
  'project/end': {
    formal: ['När avslutas {x}?', 'Vilket är slutdatum för {x}?'],
    informal: ['när slutar {x}', 'hur länge håller {x} på?'],
    english: ['When does {x} end?', 'What is the end date of {x}?'],
  },
  'project/paid': {
    formal: ['Hur mycket EU-medel betalades ut till {x} {year}?', 'Hur mycket fick {x} {year}?'],
    informal: ['hur mkt pengar fick {x}', 'vad fick {x} utbetalt?'],
    english: ['How much was paid out to {x} in {year}?', 'How much money did {x} get?'],
  },
  'project/programme': {
    formal: ['Vilket program finansierar {x}?', 'Inom vilket EU-program drivs {x}?'],
    informal: ['vilket program är {x}', 'vad finansieras {x} av?'],
    english: ['Which programme funds {x}?', 'What EU programme is {x} under?'],
  },
  'project/units': {
    formal: ['Vilken förvaltning deltar i {x}?', 'Vilken nämnd redovisar {x}?'],
    informal: ['vem i staden jobbar med {x}', 'vilken förvaltning har {x}?'],
    english: ['Which department takes part in {x}?', 'Which committee reports {x}?'],
  },
  'partner/list': {
    formal: ['I vilka projekt deltar {x}?', 'Vilka projekt samarbetar med {x}?'],
    informal: ['vilka projekt har vi med {x}', 'var är {x} med?'],
    english: ['Which projects do we have with {x}?', 'In which projects does {x} take part?'],
  },
  'partner/count': {
    formal: ['I hur många projekt deltar {x}?', 'Hur många projekt har vi tillsammans med {x}?'],
    informal: ['hur många projekt har vi ihop med {x}', 'antal projekt med {x}?'],
    english: ['How many projects do we have with {x}?', 'In how many projects does {x} take part?'],
  },
  'country/list': {
    formal: ['Vilka projekt har partner i {x}?', 'I vilka projekt samarbetar vi med organisationer i {x}?'],
    informal: ['vilka projekt har vi med {x}', 'projekt med partner från {x}?'],
    english: ['Which projects have partners in {x}?', 'What projects do we have with partners from {x}?'],
  },
  'country/count': {
    formal: ['Hur många projekt har partner i {x}?', 'I hur många projekt samarbetar vi med organisationer från {x}?'],
    informal: ['hur många projekt har vi med {x}', 'antal projekt med partner i {x}?'],
    english: ['How many projects have partners in {x}?', 'How many projects involve organisations from {x}?'],
  },
  'city/total-projects': {
    formal: ['Hur många EU-projekt redovisades {year}?', 'Hur många externfinansierade projekt hade staden {year}?'],
    informal: ['hur många eu-projekt har vi', 'antal projekt totalt?'],
    english: ['How many EU projects did the city have in {year}?', 'how many projects in total'],
  },
  'city/total-paid': {
    formal: ['Hur mycket EU-medel betalades ut till staden {year}?', 'Hur stora var de utbetalda EU-medlen totalt {year}?'],
    informal: ['hur mycket eu-pengar fick vi totalt', 'total summa eu-medel?'],
    english: ['How much EU funding did Malmö receive in {year}?', 'What was the total paid out in {year}?'],
  },
  'city/total-namnder': {
    formal: ['Hur många nämnder har EU-projekt?', 'Hur många nämnder redovisade externfinansierade projekt {year}?'],
    informal: ['hur många nämnder är med i eu-projekt', 'antal nämnder med projekt?'],
    english: ['How many committees have EU projects?', 'How many committees reported externally funded projects in {year}?'],
  },
  'city/rank-unit-paid': {
    formal: ['Vilken nämnd fick mest EU-medel {year}?', 'Vilken förvaltning tog emot mest EU-pengar?'],
    informal: ['vem fick mest pengar', 'vilken nämnd fick mest eu-pengar'],
    english: ['Which committee received the most EU funding?', 'Which department got the most money?'],
  },
  'city/rank-unit-projects': {
    formal: ['Vilken nämnd har flest EU-projekt?', 'Vilken förvaltning deltar i flest projekt {year}?'],
    informal: ['vem har flest projekt', 'vilken nämnd har flest projekt?'],
    english: ['Which committee has the most projects?', 'Which department takes part in the most projects?'],
  },
  'city/rank-unit-least-paid': {
    formal: ['Vilken nämnd fick minst EU-medel {year}?', 'Vilken förvaltning fick lägst utbetalning?'],
    informal: ['vem fick minst pengar', 'vilken nämnd fick minst eu-pengar?'],
    english: ['Which committee received the least EU funding?', 'Which department got the least money?'],
  },
  'city/rank-unit-second-paid': {
    formal: ['Vilken nämnd fick näst mest EU-medel {year}?', 'Vilken förvaltning fick de näst största EU-medlen?'],
    informal: ['vem fick näst mest pengar', 'vilken nämnd kommer tvåa i eu-medel?'],
    english: ['Which committee received the second most EU funding?', 'Which department comes second in EU funding?'],
  },
  'city/rank-programme-paid': {
    formal: ['Vilket program gav mest EU-medel {year}?', 'Från vilket EU-program kom mest pengar?'],
    informal: ['vilket program gav mest pengar', 'vilket eu-program är störst?'],
    english: ['Which programme brought in the most money?', 'Which EU programme paid out the most in {year}?'],
  },
  'city/rank-goal-projects': {
    formal: ['Vilket KF-mål har flest projekt?', 'Till vilket av kommunfullmäktiges mål bidrar flest projekt?'],
    informal: ['vilket mål har flest projekt', 'vilket kf-mål har mest projekt?'],
    english: ['Which KF goal has the most projects?', 'Which council goal do most projects contribute to?'],
  },
};
