import { swedishCityName } from '../text/organisation-name.js';

/**
 * A small bilingual domain glossary: English words people use about the city's international work
 * and the Swedish words the submissions use for them. Vocabulary, not data — no project,
 * organisation or question text. Used to search the Swedish submissions with an English question.
 */
const PHRASES: Array<[string[], string[]]> = [
  [['citizen', 'participation'], ['medborgardelaktighet', 'medborgare', 'delaktighet', 'rådslag']],
  [['citizens', 'participation'], ['medborgardelaktighet', 'medborgare', 'delaktighet', 'rådslag']],
  [['climate', 'transition'], ['klimatomställning', 'klimat', 'omställning']],
  [['climate', 'adaptation'], ['klimatanpassning', 'klimat']],
  [['study', 'visit'], ['studiebesök']],
  [['study', 'visits'], ['studiebesök']],
  [['sister', 'city'], ['vänort']],
  [['sister', 'cities'], ['vänorter']],
  [['adult', 'education'], ['vuxenutbildning']],
  [['newly', 'arrived'], ['nyanlända']],
  [['air', 'quality'], ['luftkvalitet']],
  [['digital', 'twin'], ['digital', 'tvilling']],
  [['digital', 'twins'], ['digitala', 'tvillingar']],
  [['cloudburst'], ['skyfall']],
];

const WORDS: Record<string, string[]> = {
  climate: ['klimat'], citizen: ['medborgare'], citizens: ['medborgare'], participation: ['delaktighet'], involvement: ['delaktighet'],
  school: ['skola', 'skolor'], schools: ['skolor'], exchange: ['utbyte'], exchanges: ['utbyte'], network: ['nätverk'], networks: ['nätverk'],
  youth: ['unga'], young: ['unga'], children: ['barn'], child: ['barn'], kids: ['barn'], elderly: ['äldre'], health: ['hälsa'],
  culture: ['kultur'], cultural: ['kultur'], museum: ['museum'], museums: ['museer'], library: ['bibliotek'], libraries: ['bibliotek'],
  migration: ['migration'], stories: ['berättelser'], story: ['berättelse'], recorded: ['spelades', 'inspelade', 'samlades'],
  collected: ['samlades', 'insamlade'], energy: ['energi'], water: ['vatten'], mobility: ['mobilitet'], housing: ['bostäder'],
  employment: ['sysselsättning', 'arbete'], jobs: ['jobb', 'arbete'], unemployment: ['arbetslöshet'], unemployed: ['arbetslösa'],
  integration: ['integration'], newcomers: ['nyanlända'], language: ['språk'], languages: ['språk'], teachers: ['lärare'],
  teacher: ['lärare'], students: ['elever', 'studenter'], pupils: ['elever'], preschool: ['förskola'], preschools: ['förskolor'],
  festival: ['festival'], sustainability: ['hållbarhet'], sustainable: ['hållbar', 'hållbara'], circular: ['cirkulär', 'cirkulära'],
  biodiversity: ['biologisk', 'mångfald'], green: ['grön', 'gröna'], noise: ['buller'], heat: ['värme', 'värmebölja'],
  heatwaves: ['värmeböljor'], flooding: ['översvämning', 'skyfall'], food: ['mat', 'livsmedel'], meals: ['måltider'],
  waste: ['avfall'], procurement: ['upphandling'], planning: ['planering'], violence: ['våld'], women: ['kvinnor'],
  equality: ['jämställdhet', 'jämlikhet'], gender: ['jämställdhet'], disability: ['funktionsnedsättning'], disabilities: ['funktionsnedsättning'],
  dementia: ['demens'], care: ['omsorg', 'vård'], visit: ['besök'], visits: ['besök'], delegation: ['delegation'], cooperation: ['samarbete'],
  collaboration: ['samarbete'], partnership: ['partnerskap'], tried: ['testade', 'prövade'], try: ['testa', 'pröva'], tested: ['testade'],
  test: ['test', 'testa'], pilot: ['pilot'], proposals: ['förslag'], suggestions: ['förslag'], assembly: ['rådslag'], transition: ['omställning'],
  neighbourhood: ['stadsdel'], neighbourhoods: ['stadsdelar'], district: ['stadsdel'], districts: ['stadsdelar'], streets: ['gator'], street: ['gata'],
  outdoor: ['utomhus'], music: ['musik'], theatre: ['teater'], theater: ['teater'], choir: ['kör'], choirs: ['körer'], reading: ['läsning', 'läs'],
  math: ['matematik'], maths: ['matematik'], mathematics: ['matematik'], vocational: ['yrkes'], training: ['utbildning'], education: ['utbildning'],
  skills: ['kompetens'], competence: ['kompetens'], business: ['företag', 'näringsliv'], businesses: ['företag'], companies: ['företag'],
  entrepreneurs: ['företagare'], solar: ['sol', 'solenergi'], chemicals: ['kemikalier'], wetlands: ['våtmarker'], sea: ['hav'], plastic: ['plast'],
  textiles: ['textil', 'textilier'], pollinators: ['pollinatörer'], refugees: ['flyktingar'], homelessness: ['hemlöshet'], homeless: ['hemlösa'],
  safety: ['trygghet'], security: ['trygghet'], democracy: ['demokrati'], financed: ['finansieras', 'finansierat'], funded: ['finansieras', 'finansierat'],
  international: ['internationell', 'internationella'], residents: ['invånare', 'malmöbor'], inhabitants: ['invånare'], dialogue: ['dialog'],
  workshops: ['workshoppar'], workshop: ['workshop'], volunteers: ['volontärer'], sports: ['idrott'], sport: ['idrott'], leisure: ['fritid'],
  arts: ['konst'], art: ['konst'], exhibition: ['utställning'], exhibitions: ['utställningar'], data: ['data'], open: ['öppna'],
  buildings: ['byggnader'], construction: ['bygg'], trees: ['träd'], parks: ['parker'], park: ['park'], greenery: ['grönska'],
  rehabilitation: ['rehabilitering'], recruitment: ['rekrytering'], staff: ['personal', 'medarbetare'], employees: ['medarbetare'],
  participants: ['deltagare'], participant: ['deltagare'], visitors: ['besökare'], meetings: ['möten'], events: ['evenemang'],
  conference: ['konferens'], conferences: ['konferenser'], lessons: ['lärdomar'], learned: ['lärdomar', 'lärde'], results: ['resultat'],
  apprentices: ['lärlingar'], jobseekers: ['arbetssökande'], 'job-seekers': ['arbetssökande'],
  sister: ['vänort', 'vänorter'], twinning: ['vänort'], abroad: ['utlandet'], europe: ['europa'], european: ['europeiska'], budget: ['budget'], investments: ['investeringar'],
};

/**
 * The Swedish words for the English content words of a question (folded, lower case input):
 * phrases first ("citizen participation"), then single words. Words without an entry are left out.
 */
export function swedishEquivalents(words: readonly string[]): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  for (const [phrase, swedish] of PHRASES) {
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (phrase.every((word, offset) => words[start + offset] === word && !used.has(start + offset))) {
        out.push(...swedish);
        for (let offset = 0; offset < phrase.length; offset++) used.add(start + offset);
      }
    }
  }
  words.forEach((word, index) => {
    if (used.has(index)) return;
    const swedish = WORDS[word] ?? (swedishCityName(word) ? [swedishCityName(word) ?? ''] : undefined);
    if (swedish) out.push(...swedish);
  });
  return [...new Set(out)];
}
