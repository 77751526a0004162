import type { LinkedEntities } from './link-entities.js';
import type { NormalisedQuestion } from './normalise.js';
import { swedishEquivalents } from './glossary.js';
import { foldText } from '../text/fold.js';
import { contactTopic } from './plan.js';
import { EVERYDAY_WORDS, DOMAIN_WORDS, ENGLISH_MARKERS, INTENT_WORDS, STOP_WORDS, SWEDISH_MARKERS } from './vocabulary.js';

export type IntentKind =
  | 'count' | 'sum' | 'list' | 'rank' | 'breakdown' | 'threshold' | 'share' | 'compare' | 'details' | 'partner' | 'contact'
  | 'search' | 'draft' | 'help' | 'years' | 'published' | 'reconcile' | 'overview' | 'out_of_scope' | 'versus_rest' | 'networks';

export type GroupBy = 'none' | 'namnd' | 'family' | 'programme' | 'goal' | 'project' | 'year' | 'country' | 'partner';

export interface Threshold { field: 'paidKr' | 'projects' | 'totalBudgetKr' | 'partners' | 'countries'; op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq'; value: number }

export interface Intent {
  kind: IntentKind;
  /** What the answer must state: number of projects, paid funds, or both. */
  measures: Array<'count' | 'sum' | 'namnder'>;
  groupBy: GroupBy | null;
  sortBy: 'paidKr' | 'projects' | 'totalBudgetKr' | 'partners' | 'countries';
  order: 'desc' | 'asc';
  limit: number | null;
  /** "vilken nämnd" (one answer) rather than "vilka nämnder". */
  singular: boolean;
  threshold: Threshold | null;
  /** A second condition: the upper bound of a range ("mellan 300 000 och 500 000 kr"). */
  threshold2?: Threshold | null;
  /** The question leans on the previous turn ("och 2023?", "hur mycket fick de?"). */
  followUp: boolean;
  /** A ranking that should show each group's share of the year's total ("störst andel"). */
  wantsShare?: boolean;
  /** "i snitt per projekt", "average per project": the paid sum over the number of projects too. */
  wantsAverage?: boolean;
  /** A details question that asks for the project's contact person ("vem är kontaktperson för Speak Up?"). */
  contactFocus?: boolean;
  /** What a partner question asks for when it names no organisation. */
  partnerFocus: 'countries' | 'organisations' | null;
  /** Words the question asks about as a topic ("klimat" in "projekt om klimat"). */
  topic: string | null;
  /** Projects shared between nämnder ("delas mellan flera nämnder", "more than one committee"). */
  shared: boolean;
  /** "projekt med fler än två nämnder", "minst tre förvaltningar": at least this many nämnder take part. */
  minNamnder?: number;
  /** The question (part) as asked: what a free-text search is given. */
  question: string;
  /** "Skiljer sig rapporten från datan för ESF?": one row of the report's table set against the data — both figures and the gap. */
  reportRow?: boolean;
  /** Words no entity or intent explains: the topic a search is about. */
  unexplained: string[];
  /** The one project a content question is about: the submissions are searched for what its text tells. */
  projectContent?: string | null;
  /** "Vilka universitet samarbetar vi med?": only external partners of this kind. */
  organisationKind?: 'kommun' | 'universitet' | 'myndighet' | 'företag';
  /** "Hur många deltaganden …?": projects counted once per nämnd (a breakdown per nämnd, summed). */
  participations?: boolean;
  /** Whether any intent word was found (a bare "och 2023?" has none). */
  explicit: boolean;
  language: 'sv' | 'en';
}

const has = (text: string, pattern: RegExp): boolean => pattern.test(text);

/** Swedish markers that, written without å/ä/ö, are also common English words. */
const AMBIGUOUS_PLAIN = new Set(['for']);

/** The language of a question: Swedish unless English function words clearly dominate. */
export function detectLanguage(question: NormalisedQuestion): 'sv' | 'en' {
  // Swedish letters count only in lower-case words: "Kulturförvaltningen" or "Malmöfestivalen" in an English question are names.
  let swedish = question.tokens.some((token) => /[åäö]/.test(token.original) && !/^\p{Lu}/u.test(token.original)) ? 2 : 0;
  let english = 0;
  question.tokens.forEach((token, index) => {
    // The word as written (normalisation may rewrite "List" to "lista"), with å/ä/ö folded.
    const own = foldText(token.original);
    const plain = token.original.toLowerCase() === own;
    // "for", "an", "pa" typed without å/ä/ö are English words too; "I" mid-sentence is the English pronoun.
    if (token.original === 'I' && index > 0) { english++; return; }
    if (SWEDISH_MARKERS.has(own) && !(plain && AMBIGUOUS_PLAIN.has(own))) swedish++;
    if (ENGLISH_MARKERS.has(own) && plain) english++;
  });
  return english > swedish ? 'en' : 'sv';
}

const TOPIC_AFTER = /\b(?:handlar om|handlade om|arbetar med|jobbar med|inriktade pa|inriktning pa|med fokus pa|fokuserar pa|om|inom|kring|ror|about|on|related to|focused on|dealing with|deal with|deals with|dealt with|address|addresses|tackle|tackles|target|targets|focus on|focuses on|working on)\s+(.+)$/;
const TOPIC_STOP = new Set([
  'stad', 'staden', 'malmo', 'tillsammans', 'sammanlagt', 'totalt', 'kf', 'mal', 'malet', 'goal', 'together', 'total', 'city', 'projekt', 'projekten', 'projects', 'project', 'eu', 'eu projekt', 'det', 'dem', 'de', 'the', 'it', 'them', 'nagot', 'vad', 'hur', 'och', 'i', 'pa',
]);

function extractTopic(text: string, entities: LinkedEntities): string | null {
  const match = TOPIC_AFTER.exec(text);
  if (!match?.[1]) return null;
  const words = match[1].split(' ').filter((word) => entities.leftover.includes(word) && !TOPIC_STOP.has(word) && !/^(19|20)\d\d$/.test(word));
  const topic = words.filter((word) => !/^(projekt\w*|project\w*|eu|under|ar|aret|year|i|in|2\d{3}|har|has|have|fick|nagra|finns|vilka|which|some|any|handlar|handlade|handla|ror|rorde|galler|gallde|about|concern\w*|deal|deals)$/.test(word)).join(' ');
  return topic.length >= 3 ? topic : null;
}

/** Recognises what a question asks: count, sum, list, rank, threshold, compare, details, partner, search, draft, help … */
export function recogniseIntent(
  question: NormalisedQuestion,
  entities: LinkedEntities,
  hasContext: boolean,
  /** Whether the data (submissions, project texts) talks about a word: topics only the submission search can answer. */
  knows: (word: string) => boolean = () => false,
): Intent {
  const text = ` ${question.text} `;
  const words = question.tokens.map((token) => token.folded);
  const language = detectLanguage(question);
  const intent: Intent = {
    kind: 'overview', measures: [], groupBy: null, sortBy: 'paidKr', order: 'desc', limit: null, singular: false, threshold: null,
    followUp: false, partnerFocus: null, topic: null, unexplained: [], explicit: true, language, question: question.original,
    shared: / (delas|delade|delar|gemensamma|shared|joint) .*(namnd|forvaltning|committee|department)|(flera|fler an en|mer an en|minst tva|tva eller fler|several|multiple|more than one|at least two) (namnder|namnd|forvaltningar|forvaltning|committees|committee|departments)/.test(` ${question.text} `),
  };

  const asksCount = has(text, / hur manga | antal | antalet | how many | number of | count /);
  // "Vilka projekt finansieras av LIFE?", "Which projects are funded by Digital Europe?": the funder names a filter, not a sum.
  const fundedByList = has(text, / (vilka|vilket|which|what|lista|list|visa|show) (\w+ )?(projekt|projects?) .*((funded|financed|finansieras|finansierades|finansierade|finansierad|supported|stods|stottas)|(far|fick|fatt|get|gets|got|receive|receives|received|have|har) (eu )?(pengar|medel|funding|money|funds|stod|bidrag|finansiering)) (by|av|through|via|genom|from|fran|ur|under|inom) /)
    && !has(text, / hur mycket | how much | belopp\w* | summa\w* | totalt | in total | sammanlagt /);
  const asksSumWords = !fundedByList && has(text, / hur mycket | belopp\w* | pengar\w* | medel | eu medel | summa\w* | utbetal\w* | betalades | betalats | how much | money | funding | funds | funded | paid | amount | kronor | sek /);
  // "vad fick de totalt?", "what did those receive in total?", "vad fick miljönämnden?": receiving, with nothing but names and pronouns, is money.
  const receives = has(text, / (fick|fatt|far|receive|received|receives|get|got|gets) /);
  // "What was the total for 2023?", "Vad blev totalen för miljönämnden?": a total of something named is money.
  const asksTotalOf = has(text, /^ (what|vad|hur|how) /) && has(text, / (total|totalt|totalen|totals|summan) /)
    && entities.years.length + entities.units.length + entities.programmes.length + entities.families.length + entities.goals.length > 0 && !has(text, / budget\w* /);
  // "hur mycket blev det ihop för dem?", "vad blir det totalt?" after a list: the total of what was listed.
  const totalOfThose = hasContext && has(text, / totalt | sammanlagt | ihop | tillsammans | totalen | sammantaget | summan | in total | altogether | combined | total | add up | adds up | come to | comes to /)
    && entities.leftover.every((word) => INTENT_WORDS.has(word) || STOP_WORDS.has(word) || /^(de|dem|dom|those|they|them|these|dessa|det|it|that|blir|blev|bli|add|adds|up|come|comes|to|sum)$/.test(word));
  const asksSum = asksSumWords || asksTotalOf || totalOfThose || (receives && (has(text, / totalt | sammanlagt | tillsammans | in total | altogether | together | combined /)
    || (has(text, /^ (vad|what) /) && entities.leftover.every((word) => INTENT_WORDS.has(word) || /^(de|dem|dom|those|they|them|these|dessa)$/.test(word)))));
  // "share with" is taking part together, not a proportion.
  const asksShare = has(text, / andel\w* | procent\w* | hur stor del | share | percent\w* | proportion /) && !has(text, / (share|shares|shared) (\w+ )?(with|between|among) /);
  // "sortera efter belopp", "sort them by funding": a ranking of what was just listed.
  const sortCommand = has(text, /^ (sortera|sortera om|ordna|sort|order) (dem |them |listan |the list |de |dessa |those )?(efter|by|pa) /);
  const rankDesc = has(text, / flest | mest | storst\w* | hogst\w* | topp | top | most | largest | biggest | highest | greatest | rangordna\w* | rank | ranka /) || sortCommand;
  // "minst" is a ranking ("fick minst"), except before a number ("minst 2 miljoner", "minst två nämnder").
  const rankAsc = has(text, / farst | lagst\w* | minsta | fewest | least | smallest | lowest /)
    || (has(text, / minst /) && !has(text, / minst (\d|en |ett |tva |tre |fyra |fem |sex |sju |atta |nio |tio |halv)/));
  // "Vad har STK för EU-projekt?", "vad har GRF för projekt": the Swedish "vad … för" construction asks which.
  const asksWhatKindOf = has(text, / vad (har|hade|driver|drev|deltar|deltog|leder|ledde) (.+ )?(for|i) (\w+ )?(projekt|projekten|eu projekt|projects?) /)
    || has(text, / what (does|do|did) (.+ )?(have|run|lead) for (\w+ )?projects | vad for (\w+ )?(projekt|eu projekt) /);
  const asksList = asksWhatKindOf || has(text, / vilka | vilken | vilket | lista\w* | visa | namnge | which | list | show | what projects | what (eu |\w+ )projects | what (kind|kinds|sort|sorts|type|types) of (\w+ )?projects | name the | ge mig /);
  const asksCompare = has(text, / jamfor\w* | forandr\w* | okade | okat | okning\w* | minskade | minskat | minskning\w* | utveckl\w* | compare\w* | comparison | change\w* | increase\w* | decrease\w* | trend\w* | over tid | over time | varje ar | per ar | each year | every year | alla ar | year by year | ar for ar /)
    || (entities.years.length >= 2 && has(text, / skillnad\w* | difference | mellan | between | versus | vs | an | than | fler | more | farre | fewer /));
  const asksBreakdown = has(text, / per namnd | per forvaltning | per program\w* | per mal | per kf mal | per projekt | fordela\w* | uppdela\w* | by committee | per committee | by programme | by program | per programme | by goal | per goal | breakdown | broken down | split by | per family /);
  const asksDetails = has(text, / beratta om | berätta om | vad ar | vad handlar | handlar om | om projektet | tell me about | what is | details | detaljer\w* | information om | info om | nar startade | nar slutar | nar borjade | when did | when does | vem leder | who leads | beskriv /);
  const asksPartner = has(text, / samarbet\w* | samverk\w* | partner\w* | works with | work with | working with | worked with | cooperat\w* | collaborat\w* | vilka lander | which countries | vilka stader | which cities | organisationer\w* | organisations | organizations | lander | countries | stader | cities /);
  const asksContact = has(text, / who do we know | who does the city know | vem kanner vi | vilka kanner vi | kontakt | kontakter | kontakterna | har kontakt\w* | vem i stan | vem pa stan | vem kan jag | vem ska jag | vem bor jag | vem kan man | vem ska man | kontakta\w* | kontaktperson\w* | kontaktuppgift\w* | contact\w* | who can i | who should i | who do i | who could i | talk to | speak to | prata med | tala med | vanda mig | turn to | erfarenhet av | experience with | experience of | experience in | vem har jobbat | vem har arbetat | vem i staden | vem kan hjalpa | who can help | who could help | who in the city | who has worked | e post | epost | mejl\w* | mail | email | e mail | mailadress\w* /);
  const asksDoneSomething = has(text, / what did | what has | what have | what does | how did | vad gjorde | vad har | vad gor | vad testade | vad provade | hur gick | hur arbetar | hur jobbar | tried | try | test | tests | tested | testat | testar | testa | testade | provat | provar | prova | provade | piloted | piloting | pilotade | pilotat | genomfort | genomforde | genomfor | implemented | carried out | arrangerat | arrangerade | organised | organized | held | learned | learnt | larde | achieve\w* | uppnadde | resultat\w* | results? | outcome\w* | experience\w* | erfarenhet\w* /)
    && !has(text, / (get|got|receive|received|fa|fick|betalades) /) && !asksWhatKindOf;
  // "Var har miljöförvaltningen testat …?", "In which neighbourhoods did X test …?": where something was done — the submissions tell, not the project list.
  const asksWhere = has(text, /^ var (har|hade|gjorde|testade|provade|gor|arbetar|jobbar) | where (did|have|has|do|does|is|are|was|were) | (in|i|pa) (which|what|vilka|vilken|vilket) (?!(projekt\w*|projects?|namnd\w*|forvaltning\w*|committees?|departments?|administrations?|program\w*|fond\w*|funds?|lander|landet|land|countr\w*|ar|years?|mal\w*|goals?|kf|stader|staden|cities|city|organisation\w*|organization\w*|partner\w*)\b)\w+ (har|hade|did|have|has|do|does|was|were|is|are|gjorde|testade|provade|arbetar|jobbar) /);
  const asksFundedYesNo = has(text, /^ (ar|var|is|was|are|were|far|fick|does|did|has|have|blev|finansieras|finansierades) /)
    && has(text, / (eu )?finansier\w* | financed | funded | eu medel | eu funds | eu funding | eu pengar | stod fran eu /);
  // "Vad kom konferensen fram till?", "what themes did they come up with?": an outcome the submissions tell of.
  const asksOutcome = has(text, / kom (\w+ )?(\w+ )?fram till | kommit fram till | kommer fram till | come up with | came up with | conclu\w* | slutsats\w* | teman | themes | resulterade | ledde (\w+ ){0,5}till | led to /);
  const asksNetworks = has(text, / natverk\w* | network | networks /) && !has(text, / natverksprojekt | network project /);
  // "Får ASN mer än alla andra nämnder tillsammans?": one nämnd against the sum of the others.
  const asksVersusRest = entities.units.length === 1 && has(text, / (alla|samtliga) (andra|ovriga)| ovriga (namnder|forvaltningar)| de (andra|ovriga) | resten | all (the )?other\w* | the other (committees|departments|administrations) | the rest | everyone else | all the others | others combined /);
  const asksOpinion = has(text, / borde jag | bor jag rosta | ska jag rosta | rosta pa | tycker du | should i vote | vote for | din asikt | your opinion | recept | recipe | vader\w* | vadret | vadet | weather | forecast | fotboll\w* | football | soccer | aktie\w* | stock market | bussbiljett\w* | horoskop | horoscope /);
  // "Vem jobbar med nyanlända i staden?", "who knows most about X": a person to ask, not a list.
  const asksWhoWorksOn = has(text, /^ (vem|vilka|who) (i staden |pa staden |in the city )?(jobbar|arbetar|works|is working|are working) (med|on|with) | vem som kan (mest )?om | vem kan mest | kan mest om | knows? (the )?most about | who knows (most )?about | expert\w* (pa|on|in) | (har|has|have) (nagon|nagra|anyone|someone|any) (\w+ )?(jobbat|arbetat|worked|erfarenhet|experience) | finns det (nagon|nagra) som (har )?(jobbat|arbetat|kan|erfarenhet) | is there anyone who | does anyone /)
    && entities.organisations.length + entities.countries.length + entities.units.length === 0;
  const asksSearch = has(text, / gjort | gjorde | hande | hander | skriver | skrev | underlag\w* | natverk\w* | network\w* | beskriver | submission\w* | vad gor | what does .* do | vad gjorde | verksamhetsutveckling | internationellt arbete | international work /);
  const asksDraft = has(text, / utkast\w* | skriv ett stycke | skriv en text | skriv stycket | draft\w* | exempelstycke\w* | exempeltext\w* /);
  const asksHelp = has(text, /^ (hjalp|help|hej|hello|hi) $| vad kan du | what can you | exempel pa fragor | example questions | hur fungerar du | how do you work | vad kan jag fraga | what can i ask | hur staller jag | hur fragar jag | how do i ask | how should i ask /);
  const asksPublished = has(text, / publicera\w* | rapporten | rapportens | published | tjansteskrivelse\w* | tabell\w* | officiell\w* | official /);
  const asksReconcile = has(text, / stammer | avstamning\w* | differens\w* | skiljer | avviker | avvikelse\w* | validera\w* | validate | reconcil\w* | discrepan\w* | mismatch\w* | saknade underlag | saknas underlag | saknar underlag | missing submission\w* | inconsisten\w* | stammer inte /);

  // Thresholds: "mer än 5 miljoner", "fler än 3 projekt", "minst 1 miljon", "under 500 000 kr"; ranges: "mellan 300 000 och 500 000 kr".
  const field = (): Threshold['field'] => (has(text, / budget\w* /) ? 'totalBudgetKr' : 'paidKr');
  const range = readRange(question.text);
  if (range) {
    intent.threshold = { field: field(), op: 'gte', value: range[0] };
    intent.threshold2 = { field: field(), op: 'lte', value: range[1] };
  } else {
    const conditions = readThresholds(question.text);
    const money = conditions.filter((condition) => condition.unit === 'kr');
    if (money.length > 0 && money[0]) {
      intent.threshold = { field: field(), op: money[0].op, value: money[0].value };
      if (money[1]) intent.threshold2 = { field: field(), op: money[1].op, value: money[1].value };
    } else {
      // "fler än 3 projekt" (per nämnd); "fler än 10 partner", "partner i fler än tre länder" (per project).
      const counted = conditions.find((condition) => condition.unit !== 'kr');
      // "projekt med fler än två nämnder": a filter on the projects (how many nämnder share them), not a threshold on groups.
      if (counted?.unit === 'namnder') {
        const atLeast = counted.op === 'gt' ? counted.value + 1 : counted.op === 'gte' || counted.op === 'eq' ? counted.value : null;
        if (atLeast !== null && atLeast >= 2) intent.minNamnder = atLeast;
      } else if (counted && counted.unit !== 'kr') intent.threshold = { field: counted.unit, op: counted.op, value: counted.value };
    }
  }

  // The dimension asked about: "vilken nämnd", "per program", "which project".
  const namndWord = /(^| )(namnd|namnden|namnder|namnderna|forvaltning|forvaltningen|forvaltningar|forvaltningarna|committee|committees|administration|administrations|department|departments|namndernas)( |$)/;
  const familyWord = /(^| )(program|programmet|programmen|programfamilj\w*|programme|programmes|programs|fond|fonder|family|families)( |$)/;
  const goalWord = /(^| )(mal|malet|malen|kf mal|goal|goals|kommunfullmaktigemal\w*|kf|malomrade\w*)( |$)/;
  const familyLevelWord = /(^| )(programfamilj\w*|fond|fonder|fonden|family|families|typ av program\w*|typer av program\w*|type of program\w*|types of program\w*|kind of program\w*|sort of program\w*|slags program\w*)( |$)/;
  // Two named families ("ESF eller Interreg") are compared as families; one is a filter ("inom ESF") whose programmes are ranked.
  const programmeLevel = (): boolean => !familyLevelWord.test(` ${question.text} `) && entities.families.length < 2;
  const projectWord = /(^| )(projekt|projektet|projekten|project|projects)( |$)/;
  const dimensionAfter = (pattern: RegExp): boolean => {
    const match = /(vilken|vilket|vilka|which|per|by|fordelat pa|fordelade pa|uppdelat pa|uppdelat per)( \w+)?( \w+)?/.exec(question.text);
    return match ? pattern.test(` ${match[2] ?? ''} ${match[3] ?? ''} `) : false;
  };
  const countryWord = /(^| )(land|landet|lander|landerna|country|countries)( |$)/;
  const partnerWord = /(^| )(partner|partners|partnern|partnerna|partnerorganisation\w*|organisation|organisationer|organisationerna|organization|organizations|organisations)( |$)/;
  let groupBy: GroupBy | null = null;
  if (dimensionAfter(countryWord)) groupBy = 'country';
  else if (dimensionAfter(partnerWord) && (rankDesc || rankAsc)) groupBy = 'partner';
  else if (dimensionAfter(namndWord)) groupBy = 'namnd';
  else if (dimensionAfter(goalWord)) groupBy = 'goal';
  // "Vilket program gav mest?" ranks the programmes (Horisont Europa, ESF+); the families only when the question says
  // family ("programfamilj", "typ av program", "fond") or names two families.
  else if (dimensionAfter(familyWord)) groupBy = programmeLevel() ? 'programme' : 'family';
  else if (/(vilket år|vilka år|which year|per år|varje år|each year|by year)/i.test(question.original)) groupBy = 'year';
  else if (dimensionAfter(projectWord)) groupBy = 'project';
  // "Hur mycket fick varje nämnd i snitt per projekt?", "average per project": "per projekt" is what the sum is divided by, not a grouping.
  const asksAverage = has(text, / snitt\w* | genomsnitt\w* | medelvarde\w* | medelsumm\w* | average | on average | mean /);
  if (asksAverage) {
    intent.wantsAverage = true;
    if (groupBy === 'project') groupBy = null;
    const grouping = entities.leftover.map((word) => ` ${word} `).find((padded) => namndWord.test(padded) || familyWord.test(padded) || goalWord.test(padded));
    if (!groupBy && grouping && has(text, / (varje|per|each|every|alla) /)) groupBy = namndWord.test(grouping) ? 'namnd' : goalWord.test(grouping) ? 'goal' : programmeLevel() ? 'programme' : 'family';
  }
  // "Topp 3 nämnder efter utbetalda medel", "the five committees with most funding": the grouping noun decides what is ranked.
  if (!groupBy && (rankDesc || rankAsc || has(text, / rangordna\w* | rank\w* /))) {
    for (const word of entities.leftover) {
      const padded = ` ${word} `;
      const found: GroupBy | null = namndWord.test(padded) ? 'namnd' : countryWord.test(padded) ? 'country' : projectWord.test(padded) ? 'project'
        : goalWord.test(padded) ? 'goal' : familyWord.test(padded) ? (programmeLevel() ? 'programme' : 'family') : partnerWord.test(padded) ? 'partner' : null;
      if (found) { groupBy = found; break; }
    }
  }
  intent.singular = /(vilken|vilket|which) (av|of|one|namnd|forvaltning|program|programfamilj|mal|kf|projekt|ar|committee|administration|department|programme|program|goal|project|year|fund|land|country|partner|organisation)( |$)/.test(question.text)
    && !/which (committees|projects|programmes|goals|years)/.test(question.text)
    // "What's the biggest project?", "the committee with the most funding": one answer, not a ranking.
    || /(^| )the (biggest|largest|smallest|richest|top|highest|lowest|most funded|best funded) (project|committee|programme|program|country|partner|department|administration)( |$)|(^| )(whats|what s|what is|which is|who is) the (\w+ )?(project|committee|programme|country|partner) (with|that|which|who) /.test(question.text);
  if (entities.numbers.length > 0 && (rankDesc || rankAsc || has(text, / de \d+ | the \d+ | top \d+ | topp \d+ /))) {
    intent.limit = entities.numbers[0] ?? null;
  }

  // "Hur många förslag kom fram i …?", "How many migration stories were recorded …?": a count of something the submissions tell, not of projects.
  const countedNoun = /(?:hur manga|how many|antal|antalet|number of)(?: (?:fler|farre|more|fewer|mer|of|av|the|de))* (\w+)(?: (\w+))?/.exec(question.text);
  const unexplainedWords = entities.leftover.filter((word) => !INTENT_WORDS.has(word));
  const notContent = (word: string | undefined): boolean => word === undefined || /^(projekt\w*|project\w*|namnd\w*|forvaltning\w*|committee\w*|department\w*|administration\w*|partner\w*|organisation\w*|organization\w*|land|lander|countr\w*|program\w*|ar|aren|years?|kf|mal|malen|goals?|stader|cities|eu|kronor|pengar|euro|personer|people|kontaktpersoner|de|dem|av|of|the|gick|were|was|fick|har|have|did|do|does|finns|there|is|are)$/.test(word);
  const countedWords = countedNoun ? [countedNoun[1], notContent(countedNoun[2]) ? undefined : countedNoun[2]].filter((word): word is string => word !== undefined) : [];
  // The counted word must be one no entity explains ("Erasmus+-projekt" is a programme's projects).
  // "How many young people …", "hur många personer …": people and things the submissions tell of, even when the word also reads as a goal's.
  const countedFirst = countedNoun?.[1] ?? '';
  // "How many attended …", "hur många deltog/kom …": people at an event the submissions tell of.
  const countsPeople = /^(personer|people|deltagare|participants|ungdomar|elever|pupils|students|studenter|barn|children|kids|youths?|young|unga|invanare|residents|medborgare|citizens|besokare|visitors|attended|attendees|came|participated|joined|showed|turned|deltog|deltagit|kom|narvarade|besokte|anmalde|anmalda)$/.test(countedFirst);
  const countsAttendance = /^(attended|came|participated|joined|showed|turned|deltog|deltagit|kom|narvarade|besokte)$/.test(countedFirst);
  const countsContent = countedNoun !== null && (countsPeople || !notContent(countedNoun[1])) && (unexplainedWords.includes(countedFirst) || (entities.goalWords ?? []).includes(countedFirst) || countsPeople)
    && (countsAttendance || countedWords.some((word) => word.length >= 4 && (knows(word) || swedishKnown(word, knows))));
  const countedWord = countedNoun?.[1] ?? '';
  const countsPartnersOrCountries: GroupBy | null = /^(partner\w*|samarbetspartner\w*|organisation\w*|organization\w*)$/.test(countedWord) ? 'partner'
    : /^(land|lander|landerna|countries|country)$/.test(countedWord) ? 'country' : null;
  const nothingElseAsked = !asksCount && !asksSum && !asksPartner && !asksContact && !asksSearch && !asksCompare && !asksShare && !rankDesc && !rankAsc
    && !asksNetworks && !asksReconcile && !asksPublished && !intent.threshold && entities.projects.length === 0 && entities.programmes.length + entities.families.length + entities.goals.length === 0;
  const unknownWords = entities.leftover.filter((word) => word.length >= 4 && !INTENT_WORDS.has(word) && !/^\d/.test(word) && !DOMAIN_WORDS.some((domain) => word.startsWith(domain)) && !knows(word) && !(language === 'en' && swedishKnown(word, knows)));
  const onlyAPlace = entities.units.length === 0 && entities.organisations.length + entities.countries.length > 0
    && !words.some((word) => DOMAIN_WORDS.some((domain) => word === domain || (domain.length >= 4 && word.startsWith(domain))));
  const asksAboutOutsideData = nothingElseAsked && unknownWords.length > 0 && !entities.unknownProject
    && (onlyAPlace || has(text, /^ (vem ar|vem var|vilken ar|who is|who was|who are) /) || (has(text, /^ (vad ar|vad heter|what is|what s|whats) /) && entities.units.length === 0 && entities.organisations.length === 0));
  const hasEntity = entities.units.length + entities.programmes.length + entities.families.length + entities.goals.length
    + entities.projects.filter((project) => project.strength === 'exact' || asksDetails).length
    + entities.organisations.length + entities.countries.length + entities.unknownUnits.length > 0;
  const isDomainWord = (word: string): boolean => DOMAIN_WORDS.some((domainWord) => word === domainWord || (domainWord.length >= 4 && word.startsWith(domainWord)));
  const hasDomainWord = words.some(isDomainWord);
  // The words of a count condition ("fler än två nämnder") are explained by it.
  const conditionWord = (word: string): boolean => intent.minNamnder !== undefined && /^(fler|flera|mer|minst|over|more|least|than|fewer)$/.test(word);
  const unexplained = entities.leftover.filter((word) => word.length >= 4 && !INTENT_WORDS.has(word) && !/^\d/.test(word) && !isDomainWord(word) && !conditionWord(word));
  // An English word counts as known when its Swedish equivalent is a word the submissions use ("sister" → "vänort").
  const known = unexplained.filter((word) => !EVERYDAY_WORDS.has(word) && (knows(word) || (language === 'en' && swedishKnown(word, knows))));
  // The data is Swedish: in an English question, any word the submissions use is a name or a topic worth searching for.
  // A content question: a question word or verb that asks about what was done, not a bare command or opinion.
  const contentShape = has(text, /^ (hur|vad|vilka|vilken|vilket|vem|nar|var|finns|har|ar|kan|how|what|which|who|when|where|is|are|does|did|do|has|have|can|tell|beratta|berätta|describe|beskriv|list|lista|visa|show) /) || has(text, / \? $/);
  const searchLike = known.length > 0 && (known.length * 2 >= unexplained.length || (language === 'en' && known.some((word) => word.length >= 5)));
  const structuredEntity = entities.units.length + entities.programmes.length + entities.families.length + entities.goals.length
    + entities.organisations.length + entities.countries.length > 0;

  // Follow-up: leans on the previous turn.
  const startsAsFollowUp = /^(och|and|men|but|samma|what about|how about|hur ar det med|hur blir det med|an|then) /.test(`${question.text} `);
  const pronoun = /(^| )(de|dem|dom|dessa|deras|those|them|they|their|these|it|its|det|den|detta|sadana|av dem|of them|samma|same|da|then|one|projektet|the project|else|dar)( |$)/.test(question.text);
  // "vilka förvaltningar deltar?" right after a list: the list's förvaltningar, not every one.
  const whoTakesPart = has(text, /^ (vilka|which) (namnder|forvaltningar|departments|committees|lander|countries) (deltar|deltog|ar med|var med|medverkar|medverkade|ingar|take part|took part|participate|participated|are involved|were involved|are in it|are part of it)( |$)/)
    && entities.units.length + entities.programmes.length + entities.families.length + entities.projects.length + entities.organisations.length + entities.countries.length + entities.years.length === 0;
  intent.followUp = hasContext && (startsAsFollowUp || pronoun || totalOfThose || whoTakesPart || sortCommand || (!asksCount && !asksSum && !asksList && !rankDesc && !rankAsc && !asksCompare && !asksDetails && !asksPartner && !asksSearch && words.length <= 4));

  intent.measures = [...(asksCount ? ['count' as const] : []), ...(asksSum ? ['sum' as const] : [])];
  intent.sortBy = intent.threshold ? intent.threshold.field
    : groupBy === 'country' && partnerWord.test(` ${question.text} `) && !asksSum ? 'partners'
    // "Vilket projekt har flest partner / partner i flest länder?": a project's own partners or their countries.
    : groupBy === 'project' && (rankDesc || rankAsc) && !asksSum && has(text, / (flest|farst|most|fewest|fler|more) (lander|countries)| lander | countries /) ? 'countries'
    : groupBy === 'project' && (rankDesc || rankAsc) && !asksSum && partnerWord.test(` ${question.text} `) ? 'partners'
    : (groupBy === 'country' || groupBy === 'partner') && !asksSum ? 'projects'
    : has(text, / budget\w* /) ? 'totalBudgetKr'
      : has(text, / flest | farst | fewest | most projects | flest projekt | manga projekt /) || (asksCount && !asksSum) ? 'projects' : 'paidKr';
  intent.order = rankAsc && !rankDesc ? 'asc' : 'desc';
  intent.unexplained = unexplained;

  // "Finns det siffror för 2019?", "Do you have data for 2019?": whether a year is covered — the years answer.
  const asksYearCovered = entities.years.length > 0 && entities.years.length + words.filter((word) => !/^(19|20)\d\d$/.test(word)).length <= 9
    && has(text, /^ (finns|har|do|does|is|are|have|any|got|can|could|kan|far) /)
    && (has(text, / (data|siffror|siffrorna|uppgifter|uppgifterna|statistik|information|info|figures|numbers|stats|statistics|records|redovisning\w*|rapport) (for|fran|om|on|from|about|till|covering) /)
      // "Do you have 2022 numbers?", "Har ni 2022 års siffror?", "Are 2021 figures available?"
      || has(text, / (19|20)\d\d( ars| års)? (data|siffror|siffrorna|uppgifter|uppgifterna|statistik|figures|numbers|stats|statistics|records|redovisning\w*|rapport|report) /)
      || has(text, /^ (is|are|finns|ar) (\d{4}|aret \d{4}|the year \d{4}) (available|included|covered|med|tillgangligt|tillgänglig|i datan|in the data) /)
      || has(text, /^ (finns|is there|do you have|har ni|har du) (\d{4}|aret \d{4}|the year \d{4}) $/))
    && !has(text, / (projekt|project|projects|namnd\w*|committee\w*|program\w*|programme\w*) /) && entities.units.length + entities.programmes.length + entities.families.length + entities.projects.length === 0;
  // "Har ni äldre data?", "Do you have earlier figures?": which years exist.
  const asksOlderData = has(text, /^ (finns|har|do|does|is|are|have|any|got) /) && has(text, / (aldre|tidigare|older|earlier|previous|fore|before|innan) /)
    && has(text, / (data|siffror|uppgifter|statistik|information|figures|numbers|stats|statistics|records|redovisning\w*|rapporter|reports|ar|years) /)
    && entities.units.length + entities.programmes.length + entities.families.length + entities.projects.length === 0;
  // "Vad har ni för data?", "What data do you have?": which years exist.
  const asksWhatData = has(text, /^ (vad|vilken|vilka) (har|finns) (ni|du|det) for (data|siffror|uppgifter|statistik) | (what|which) (data|figures|years) (do|does) (you|it|the bot|the assistant) (have|cover|hold) /)
    && entities.units.length + entities.programmes.length + entities.families.length + entities.projects.length === 0;
  const asksYears = asksYearCovered || asksOlderData || asksWhatData || (has(text, / (vilka|what|which) (ar|years) (finns|har|do|does|is|are|ingar)| for vilka ar | which years | what years /) && has(text, / data | uppgifter | finns | have | available | information /));
  intent.topic = extractTopic(question.text, entities);
  const exactProject = entities.projects.some((project) => project.strength === 'exact');
  const asksNamndCount = has(text, / hur manga (namnder|forvaltningar) | antal(et)? (namnder|forvaltningar) | how many (committees|namnder|administrations|departments) | number of committees /);
  intent.contactFocus = asksContact && entities.projects.length > 0 && entities.units.length === 0;
  // "Vilka projekt driver FGK och MF tillsammans?", "which projects do X and Y run jointly?": the projects both take part in.
  if (entities.units.length >= 2 && !asksSum && !asksCount && asksList && has(text, / (tillsammans|gemensamt|gemensamma|bada|båda|delar|together|jointly|both|share|shares) /)) intent.shared = true;
  // "Hur många deltaganden blir det om delade projekt räknas en gång per nämnd?", "how many participations": per nämnd, summed.
  const asksParticipations = (has(text, / (deltagand\w*|deltaganden|participations?|project participations) /) || has(text, / (raknas|rakna|raknat|counted|count|counting) (\w+ )?(en gang|once) per (namnd|committee) /))
    && (asksCount || has(text, /^ (vad|what) (ar|is|blir) /))
    && !asksSum && !rankDesc && !rankAsc && !intent.threshold && entities.projects.length === 0;
  // "Vilka kommuner är partner?", "Which universities do we work with?", "Hur många företag samarbetar vi med?": partners of one kind.
  const kindNoun = /(?:^| )(?:vilka|which|what|hur manga|how many|antal|antalet|number of|lista|list|visa|show)(?: (?:andra|other|externa|external|svenska|utlandska|foreign))? (kommuner|kommunerna|stader|staderna|municipalities|cities|councils|universitet|universiteten|larosaten|hogskolor|hogskolorna|universities|myndigheter|myndigheterna|authorities|agencies|foretag|foretagen|companies|businesses|firms)( |$)/.exec(question.text)?.[1];
  const partnerKind = kindNoun === undefined ? undefined
    : /^(kommun|stad|munic|cit|counc)/.test(kindNoun) ? 'kommun' as const : /^(univ|laros|hogsk)/.test(kindNoun) ? 'universitet' as const : /^(myndig|author|agenc)/.test(kindNoun) ? 'myndighet' as const : 'företag' as const;
  const asksPartnersOfAKind = partnerKind !== undefined && !exactProject && !asksSum && !intent.threshold && entities.organisations.length === 0
    && (asksPartner || has(text, / (samarbet\w*|partner\w*|work|works|working|worked|cooperat\w*|collaborat\w*|deltar|deltog|ar med|involved|med i) /));
  const kind = ((): IntentKind => {
    if (asksHelp) return 'help';
    if (asksPartnersOfAKind) {
      intent.organisationKind = partnerKind;
      entities.projects = entities.projects.filter((project) => project.strength === 'exact');
      groupBy = 'partner';
      intent.sortBy = 'projects';
      return rankDesc || rankAsc ? 'rank' : 'count';
    }
    // "Hur mycket minskade matsvinnet i FOODWAYS?", "What did CitiTwin achieve?": what one named project's text tells, not its figures.
    const asksMoney = has(text, / pengar\w* | medel | eu medel | kronor | kr | sek | money | funding | funds | budget\w* | paid | utbetal\w* | betalades | fick | fatt | received | receive | get | got | partner\w* | kontakt\w* | contact\w* | period | startade | slutar | ended | ends | started | gett | gav | ger | give | gave | given | kostade | kostar | cost\w* | tjanat | earned /);
    if (exactProject && entities.projects.length === 1 && !asksMoney && entities.units.length === 0 && !rankDesc && !rankAsc && !intent.threshold && entities.years.length < 2 && !asksPartner && !asksContact
      && (asksDoneSomething || asksOutcome || has(text, / (happened|happen|happening|hande|hant|hander) /) || ((asksCompare || asksCount || asksSum) && known.length > 0))) {
      intent.projectContent = entities.projects[0]?.id ?? null;
      return 'search';
    }
    if (asksParticipations) {
      intent.participations = true;
      groupBy = 'namnd';
      intent.sortBy = 'projects';
      return 'breakdown';
    }
    if (countsContent && !intent.threshold && !rankDesc && !rankAsc) return 'search';
    // "Vilka projekt handlar om migration?": a word that occurs in one project's name is a topic here, not that project.
    // A word of a linked partner's own name ("School" in "Reykjavík School and Leisure Division") names the partner, not a topic.
    const partnerNameWords = new Set([...entities.organisations, ...entities.leadOrganisations].flatMap((name) => foldText(name).split(/[^a-z0-9]+/)));
    const partialWords = entities.projects.filter((project) => project.strength === 'partial').map((project) => project.matched ?? '')
      .filter((matched) => matched !== '' && !matched.split(' ').every((word) => partnerNameWords.has(word)));
    if (!exactProject && partialWords.length > 0 && !asksContact && !asksPartner && !asksCount && !asksSum && !rankDesc && !rankAsc && !intent.threshold
      && has(text, / (vilka|finns det|finns nagra|which|are there|any|list|lista) (\w+ )?(projekt|projects)( |$)/)) {
      intent.topic = [intent.topic, ...partialWords].filter(Boolean).join(' ');
      entities.projects = [];
      return 'list';
    }
    if (countsPartnersOrCountries && !asksSum && !rankDesc && !rankAsc && !intent.threshold && !exactProject) {
      groupBy = countsPartnersOrCountries;
      intent.sortBy = 'projects';
      return 'count';
    }
    // "Är LuMa Youth for Change EU-finansierat?" about something that is not a project in the list: the submissions say how it is financed.
    // "Vilka projekt har Roms kommun som partner?": a named organisation that no partner in the data matches — say so.
    if (entities.unknownOrganisation && !asksContact) return 'partner';
    if (asksFundedYesNo && !exactProject && entities.units.length + entities.programmes.length + entities.families.length === 0) return 'search';
    if (asksOpinion && !hasEntity) return 'out_of_scope';
    // "Vad är huvudstaden i Frankrike?", "Vem är ordförande i kommunstyrelsen?": a country or nämnd named, but asked for something the data does not hold.
    if (asksAboutOutsideData) return 'out_of_scope';
    if (asksYears) return 'years';
    // "Vilken är den genomsnittliga summan per projekt?", "average funding per committee": sums with their averages.
    if (asksAverage && !asksCompare && !rankDesc && !rankAsc && !exactProject && !intent.threshold && (hasDomainWord || hasEntity)) {
      intent.measures = ['sum'];
      return groupBy ? 'breakdown' : 'sum';
    }
    if (entities.unknownProject && !exactProject) return 'details';
    if (asksDraft) return 'draft';
    const aboutAYear = entities.years.length > 0 && (asksCompare || ((asksCount || asksSum) && unexplained.length === 0));
    // "Vem i staden har kontakter i Grekland?", "Who in the city works with partners in Estonia?": the country (or partner) is the
    // subject, with no other topic — the projects with partners there, their förvaltningar and contacts.
    if (asksContact && !exactProject && entities.units.length === 0 && entities.countries.length + entities.organisations.length > 0
      && contactTopic(intent, [...entities.leftover.filter((word) => !isDomainWord(word)), ...entities.projects.flatMap((project) => (project.matched ?? '').split(' '))]) === null) {
      intent.contactFocus = true;
      return 'partner';
    }
    // "Vilka nämnder jobbar med klimat?", "Which departments work on migration?": who in the city works on a topic.
    // (Singular "vilken förvaltning arbetar med …?" asks for the passage that says so: the search.)
    const asksWhichUnitsWorkOn = has(text, /^ (vilka|which) (namnder|forvaltningar|departments|committees) (i staden |pa staden |in the city )?(har )?(jobbar|jobbat|arbetar|arbetat|works|work|worked|have worked|has worked|are working) (med|on|with) /)
      && entities.units.length + entities.programmes.length + entities.families.length + entities.organisations.length + entities.countries.length === 0 && !asksCount && !asksSum;
    if (asksWhichUnitsWorkOn && !exactProject && (unexplained.length > 0 || intent.topic)) return 'contact';
    if ((asksContact || asksWhoWorksOn) && !exactProject && (entities.units.length > 0 || unexplained.length > 0 || intent.topic || entities.projects.length > 0 || entities.programmes.length + entities.families.length > 0)) return 'contact';
    // "Hur mycket fick Malmö stad?", "How many projects did we have?": the city's own totals.
    const aboutTheCity = (asksSum || asksCount) && has(text, / (malmo|staden|stad|city|kommunen|vi|we|us) /) && unexplained.length === 0;
    if (!hasEntity && !hasDomainWord && !intent.followUp && !aboutAYear && !aboutTheCity && entities.projects.length === 0) return searchLike && contentShape ? 'search' : 'out_of_scope';
    // "Finns det några URBACT-projekt?", "har vi nåt AMIF eller CERV?", "any LIFE projects?": whether they exist is answered by listing them.
    const asksExists = (has(text, /^ (finns (det )?|har (vi|ni|staden|malmo|stan|man|du) |do (we|you|they|the city) have |are there |is there |any |got any |have (we|you) (got )?)(nagra |nagot |nat |nan |any |some |ett |en )?/)
      || has(text, /^ har (\w+ ){1,6}(nagra|nagot|nat|nan) /) || has(text, /^ (do|does) (\w+ ){1,6}have any /))
      && !has(text, / (mer|fler|more|mest|most|flest|an|than) /)
      && (entities.programmes.length + entities.families.length > 0 || (entities.units.length > 0 && has(text, / projekt\w* | projects? /)));
    if (asksExists && !asksCount && !asksSum && !asksCompare && !rankDesc && !rankAsc && !intent.threshold && !exactProject && !asksContact && !asksPartner) return 'list';
    // "Vad har vi för samarbeten med Gdansk?", "samarbetar vi med någon i Lissabon?": the partners there, not a search of what was done.
    if (asksPartner && entities.organisations.length + entities.countries.length > 0 && entities.units.length + entities.programmes.length + entities.families.length === 0
      && !exactProject && !asksCount && !asksSum && !asksContact && !asksWhoWorksOn && !rankDesc && !rankAsc
      && !has(text, / gjorde | gjort | testade | testat | provade | tried | tested | learned | learnt | larde | achieve\w* | uppnadde | resultat\w* | results? | outcome\w* | hur gick | how did /)) return 'partner';
    if (asksWhere && asksDoneSomething && !exactProject && !asksCount && !asksSum && !rankDesc && !rankAsc && !intent.threshold && !asksCompare) return 'search';
    // "What did Kulturförvaltningen try out at Malmöfestivalen?": a nämnd and words only its submission explains.
    if (asksDoneSomething && !exactProject && !asksCount && !asksSum && !rankDesc && !rankAsc && !intent.threshold && !asksCompare) return 'search';
    // "Skiljer sig rapporten från datan för ESF?", "Övriga-posten: vad står i rapporten och vad säger datat?": one row of the
    // report's table — its computed total, which is given beside the published figure with the gap.
    const tableRowNamed = entities.families.length + entities.programmes.length + entities.units.length + entities.goals.length === 1 && entities.projects.length === 0;
    const reportVersusData = asksReconcile || ((asksPublished || has(text, / report | reports | rapport /)) && has(text, / data | datat | datan | projektlistan | listan | raknat | beraknat | the data | computed | calculated | project list /));
    if (tableRowNamed && reportVersusData && entities.years.length < 2 && !rankDesc && !rankAsc && !intent.threshold) {
      intent.measures = ['count', 'sum'];
      intent.reportRow = true;
      // "… jämfört med datan": the words of the comparison are no topic.
      intent.topic = null;
      return 'sum';
    }
    if (asksReconcile) return 'reconcile';
    if (asksVersusRest && (asksSum || asksCount || has(text, / mer | more | fler | larger | storre | bigger /))) {
      if (has(text, / fler projekt | more projects | flera projekt | antal projekt | number of projects /) || (asksCount && !asksSum)) intent.sortBy = 'projects';
      return 'versus_rest';
    }
    if (entities.leadCountries.length + entities.leadOrganisations.length + (entities.leadAbroad ? 1 : 0) > 0 && !asksCount && !asksSum && !rankDesc && !rankAsc && !intent.threshold) return 'list';
    // "Hur många partner har CITYSHIFT?", "I hur många länder har ARCADIA partner?": one project's partners, counted in the answer.
    if (asksPartner && asksCount && !asksSum && entities.projects.length === 1 && exactProject && !rankDesc && !rankAsc && !intent.threshold
      && entities.organisations.length + entities.countries.length + entities.units.length === 0) {
      intent.partnerFocus = 'organisations';
      return 'details';
    }
    // "Vilka partner finns i GreenFin?": the named project's partners, not a list of every partner.
    if (asksPartner && entities.projects.length > 0 && !asksCount && !asksSum && !rankDesc && !rankAsc && entities.organisations.length + entities.countries.length === 0) {
      intent.partnerFocus = 'organisations';
      return 'details';
    }
    if (asksNetworks && !exactProject && !asksCount && !asksSum && !entities.organisations.length) return 'networks';
    if (exactProject && !asksCount && !intent.threshold && !rankDesc && !rankAsc && !asksCompare && entities.units.length === 0) return 'details';
    if (exactProject && asksDetails) return 'details';
    if (asksContact && entities.projects.length > 0) { intent.contactFocus = true; return 'details'; }
    if (asksContact) return 'contact';
    if (asksSearch && !exactProject && !asksCount && !asksSum) return 'search';
    // "Vilka projekt handlar om klimat?": the project list filtered on the topic first (the interpreter falls back to the search when it is empty).
    if (searchLike && intent.topic && has(text, / projekt\w* | projects? /) && !structuredEntity && !exactProject && !asksCount && !asksSum) return 'list';
    if (searchLike && !structuredEntity && !exactProject && !intent.threshold && !rankDesc && !rankAsc && !asksCompare) return 'search';
    if (intent.threshold) return 'threshold';
    if (asksCompare && !(rankDesc || rankAsc)) return 'compare';
    // "Vilken nämnd har störst andel av pengarna?": a ranking that shows the shares.
    if (asksShare && (rankDesc || rankAsc) && groupBy && groupBy !== 'project') { intent.wantsShare = true; return 'rank'; }
    if (asksShare) return 'share';
    // "Vem fick mest, FSKF eller stadsbyggnadskontoret?", "Which got more, X or Y?": the two units' totals side by side, not their projects ranked.
    const pitsNamed = entities.units.length >= 2 || entities.families.length + entities.programmes.length >= 2;
    if (pitsNamed && (rankDesc || rankAsc || has(text, / mer | more | fler | storre | larger | bigger | hogre | higher /)) && (groupBy === null || groupBy === 'namnd' || groupBy === 'family' || (groupBy === 'project' && has(text, / (flest|fler|farst|farre|most|more|fewest|fewer|antal|number of) (projekt|projects) /)))
      && !has(text, / (vilket|vilka|which) (projekt|project|projects) /) && entities.years.length < 2) {
      const byProjects = has(text, / flest | fler | farst | farre | fewest | most projects | more projects | fewer projects | antal projekt | number of projects /) && !asksSum;
      groupBy = entities.units.length >= 2 ? 'namnd' : entities.programmes.length >= 2 ? 'programme' : 'family';
      intent.sortBy = byProjects ? 'projects' : 'paidKr';
      intent.measures = ['count', 'sum'];
      return 'breakdown';
    }
    if ((rankDesc || rankAsc) && (groupBy || asksCount || asksSum || intent.followUp || has(text, / projekt\w* | project\w* | budget /) || entities.families.length + entities.units.length >= 2)) return 'rank';
    if (asksDetails && entities.projects.length > 0) return 'details';
    // "Vilka projekt med partner i Norge har miljöförvaltningen?": the projects, not the partners.
    const asksForProjects = has(text, /^ (vilka|which|lista|visa|list|show)( me)?( alla| all| the)? (projekt|projekten|projects) /) && entities.organisations.length === 0;
    if (asksPartner && (entities.organisations.length > 0 || entities.countries.length > 0) && !asksCount && !asksSum && !asksForProjects) return 'partner';
    if (asksPartner && !asksCount && !asksSum && entities.units.length + entities.programmes.length + entities.families.length === 0 && has(text, / lander | countries | stader | cities | organisationer\w* | organisations | partner\w* /)) return 'partner';
    if (asksNamndCount) return 'count';
    if (asksBreakdown || (groupBy && groupBy !== 'project' && (asksCount || asksSum) && !asksList)) return 'breakdown';
    if (entities.organisations.length > 0 && !asksCount && !asksSum && !asksList) return 'partner';
    if (asksCount || asksSum) return asksCount ? 'count' : 'sum';
    if (asksSearch) return 'search';
    if (asksPublished) return 'published';
    // "Which schools host exchange students from Japan?": nothing to filter the project list on, but words the
    // submissions use — a list of every project would not answer it.
    if (!structuredEntity && !entities.status && !intent.topic && known.length > 0 && unexplained.length >= 2 && !asksCount && !asksSum) return 'search';
    if (asksList) return groupBy && groupBy !== 'project' ? 'breakdown' : 'list';
    if (asksDetails && intent.followUp) return 'details';
    if (entities.projects.some((project) => project.strength === 'exact')) return 'details';
    intent.explicit = false;
    return 'overview';
  })();
  intent.kind = kind;
  intent.groupBy = groupBy;
  // The participation question's own words ("delade projekt räknas en gång") describe the counting, not a filter.
  if (intent.participations) { intent.shared = false; intent.topic = null; }
  if (kind === 'breakdown' && !groupBy) intent.groupBy = has(text, / program| fond| fund/) ? 'family' : has(text, / mal | goal/) ? 'goal' : has(text, / projekt/) ? 'project' : 'namnd';
  if (kind === 'rank' && !groupBy) intent.groupBy = 'project';
  if (kind === 'threshold' && !groupBy) intent.groupBy = intent.threshold?.field === 'projects' ? 'namnd' : 'project';
  if (kind === 'share' && !groupBy && entities.units.length + entities.families.length + entities.programmes.length + entities.goals.length === 0) intent.groupBy = 'namnd';
  // "Vilka på staden samarbetar med Estland?": people in the city are asked for — the projects' contact persons too.
  if (kind === 'partner' && has(text, /^ (vem|who) | (i|pa|in|at) (staden|the city) /)) intent.contactFocus = true;
  if (intent.partnerFocus === null && kind === 'partner') {
    intent.partnerFocus = has(text, / lander | countries | land /) ? 'countries' : 'organisations';
  }
  if (asksNamndCount) intent.measures = ['namnder'];
  if ((kind === 'count' || kind === 'sum' || kind === 'overview') && intent.measures.length === 0) intent.measures = ['count', 'sum'];
  if ((kind === 'compare' || kind === 'overview' || kind === 'count' || kind === 'sum') && entities.years.length < 2 && !asksNamndCount) {
    if (entities.units.length >= 2) { intent.kind = 'breakdown'; intent.groupBy = 'namnd'; }
    else if (entities.families.length + entities.programmes.length >= 2) { intent.kind = 'breakdown'; intent.groupBy = entities.programmes.length >= 2 ? 'programme' : 'family'; }
  }
  if (kind === 'rank' && entities.families.length >= 2) intent.groupBy = 'family';
  if (kind === 'breakdown' && intent.measures.length === 0) intent.measures = ['count', 'sum'];
  if (kind === 'rank' && intent.measures.length === 0) intent.measures = [intent.sortBy === 'projects' ? 'count' : 'sum'];
  return intent;
}

/**
 * Splits a multi-part question on "och"/"samt"/"and" (or a sentence break) where the next part is a
 * question of its own: "hur många projekt har FSN och hur mycket fick de?" → two questions.
 */
export function splitQuestion(question: string): string[] {
  // "vad står i rapporten och vad säger datat?": the report set against the data is one question.
  const folded = ` ${foldText(question)} `;
  if (/ (rapporten|rapportens|redovisningen|report|reports) /.test(folded) && / (data|datat|datan|projektlistan|the data) /.test(folded)) return [question];
  const parts = question
    .split(/(?<=[?!.])\s+(?=\S)|(?<=\S),?\s+(?:och|samt|and|men|but)\s+(?=(?:hur|vad|vilka|vilken|vilket|vem|när|how|what|which|who|when)\s)/i)
    .map((part) => part.trim())
    .filter((part) => part.replace(/[?!.\s]/g, '') !== '');
  return parts.length > 0 ? parts : [question];
}

const AMOUNT_TEXT = String.raw`(\d+(?:\.\d+)?|en halv|halv|half a|a half|en|ett|one|tva|two|tre|three|fem|five|tio|ten)(?: (miljoner|miljon|milj|mkr|mnkr|msek|million|millions|mn|tusen|thousand|tkr|k)(?![a-z]))?(?: (kr|kronor|sek)(?![a-z]))?`;
const SMALL_NUMBERS: Record<string, number> = { 'en halv': 0.5, halv: 0.5, 'half a': 0.5, 'a half': 0.5, en: 1, ett: 1, one: 1, tva: 2, two: 2, tre: 3, three: 3, fem: 5, five: 5, tio: 10, ten: 10 };

/** An amount in kronor from a number and its unit words, or null when it reads as a year or a bare small number. */
function amountOf(number: string, unit: string | undefined, currency: string | undefined): number | null {
  const value = /^\d/.test(number) ? Number(number) : SMALL_NUMBERS[number] ?? null;
  if (value === null) return null;
  if (unit && /^(miljoner|miljon|milj|mkr|mnkr|msek|million|millions|mn)$/.test(unit)) return Math.round(value * 1_000_000);
  if (unit) return Math.round(value * 1_000);
  if (currency || value >= 10_000) return /^(19|20)\d\d$/.test(number) && !currency ? null : Math.round(value);
  return null;
}

/** "mellan 300 000 och 500 000 kr", "between 1 and 3 million", "från 1 till 2 miljoner": both bounds in kronor. */
export function readRange(text: string): [number, number] | null {
  const pattern = new RegExp(`(?:mellan|between|fran|from) ${AMOUNT_TEXT} (?:och|and|till|to|-) ${AMOUNT_TEXT}`);
  const match = pattern.exec(text);
  if (!match) return null;
  const [, lowNumber = '', lowUnit, lowCurrency, highNumber = '', highUnit, highCurrency] = match;
  // "mellan 1 och 3 miljoner": the unit of the upper bound applies to both.
  const low = amountOf(lowNumber, lowUnit ?? highUnit, lowCurrency ?? highCurrency);
  const high = amountOf(highNumber, highUnit, highCurrency);
  if (low === null || high === null) return null;
  return low <= high ? [low, high] : [high, low];
}

const THRESHOLD_OPS: Array<{ pattern: string; op: Threshold['op'] }> = [
  { pattern: 'mer an|fler an|over|more than|above|greater than|hogre an|larger than|exceeding|overstiger', op: 'gt' },
  { pattern: 'minst|at least|som minst|no less than', op: 'gte' },
  { pattern: 'mindre an|farre an|under|less than|fewer than|below|lagre an|smaller than', op: 'lt' },
  { pattern: 'hogst|at most|max|maximalt|som mest|no more than', op: 'lte' },
  { pattern: 'exakt|exactly|bara|endast|only', op: 'eq' },
];

/** The threshold patterns compiled once (matchAll copies a regular expression, so sharing them is safe). */
const THRESHOLD_PATTERNS = THRESHOLD_OPS.map(({ pattern, op }) => ({ op, regex: new RegExp(`(?:^| )(?:${pattern}) ${AMOUNT_TEXT}( (?:projekt|project|projects|partner\\w*|organisation\\w*|organization\\w*|lander|land|countries|country|namnder|namnderna|namnd|forvaltningar|forvaltning|committees|committee|departments|department)\\b)?`, 'g') }));

/** What a counted threshold counts: "fler än 3 projekt", "mer än 10 partner", "i fler än tre länder", "fler än två nämnder". */
export type ThresholdUnit = 'kr' | 'projects' | 'partners' | 'countries' | 'namnder';

/** Every threshold phrase in a question, with its value in kronor, projects, partners or countries. */
export function readThresholds(text: string): Array<{ op: Threshold['op']; value: number; unit: ThresholdUnit }> {
  const found: Array<{ op: Threshold['op']; value: number; unit: ThresholdUnit; index: number }> = [];
  for (const { regex, op } of THRESHOLD_PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const [, number = '', unit, currency, countedWord] = match;
      if (countedWord && !unit && !currency) {
        const value = /^\d/.test(number) ? Number(number) : SMALL_NUMBERS[number];
        const counted: ThresholdUnit = /^ (projekt|project)/.test(countedWord) ? 'projects' : /^ (lander|land|countr)/.test(countedWord) ? 'countries'
          : /^ (namnd|forvaltning|committee|department)/.test(countedWord) ? 'namnder' : 'partners';
        if (value !== undefined) found.push({ op, value, unit: counted, index: match.index ?? 0 });
        continue;
      }
      if (op === 'eq') continue;
      const amount = amountOf(number, unit, currency);
      if (amount !== null) found.push({ op, value: amount, unit: 'kr', index: match.index ?? 0 });
    }
  }
  return found.sort((left, right) => left.index - right.index).map(({ op, value, unit }) => ({ op, value, unit }));
}

/** Whether an English word's Swedish equivalent is a word the data uses ("stories" → "berättelser"). */
function swedishKnown(word: string, knows: (word: string) => boolean): boolean {
  return swedishEquivalents([word]).some((swedish) => swedish.split(' ').some((part) => knows(part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())));
}
