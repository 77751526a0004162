/**
 * The interpreter's general vocabulary (folded): function words, question words and the words that
 * signal what is asked. No project, organisation or question text lives here — names come from the data.
 */
export const STOP_WORDS = new Set([
  'och', 'i', 'av', 'for', 'med', 'om', 'pa', 'till', 'en', 'ett', 'som', 'det', 'den', 'de', 'dem', 'dom', 'har', 'hade', 'ar', 'var',
  'vara', 'att', 'fran', 'under', 'inom', 'vid', 'sig', 'sin', 'sina', 'sitt', 'man', 'jag', 'du', 'vi', 'ni', 'kan', 'ska', 'skulle',
  'finns', 'fanns', 'nagon', 'nagot', 'nagra', 'alla', 'allt', 'mig', 'oss', 'er', 'ert', 'era', 'deras', 'dess', 'hos', 'aret', 'ar',
  'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'by', 'with', 'from', 'at', 'as', 'it',
  'its', 'their', 'they', 'them', 'this', 'that', 'these', 'those', 'do', 'does', 'did', 'have', 'has', 'had', 'me', 'my', 'our', 'you',
  'your', 'can', 'could', 'would', 'should', 'there', 'any', 'all', 'year', 'years', 'samt', 'eller', 'men', 'ocksa', 'also', 'about',
  'hur', 'vad', 'vilka', 'vilken', 'vilket', 'vem', 'vems', 'nar', 'var', 'varfor', 'how', 'what', 'which', 'who', 'whom', 'when', 'where',
  'why', 'manga', 'mycket', 'many', 'much', 'mest', 'most', 'flest', 'totalt', 'total', 'sammanlagt', 'ut', 'fick', 'fatt', 'got', 'get',
  'received', 'receive', 'blev', 'betalades', 'betalats', 'deltar', 'deltog', 'delta', 'take', 'part', 'took', 'inga', 'ingen', 'no', 'not',
  'bara', 'only', 'just', 'nu', 'now', 'sa', 'so', 'visa', 'show', 'lista', 'list', 'ge', 'give', 'tell', 'berätta', 'beratta', 'mer', 'more',
  'an', 'than', 'over', 'per', 'varje', 'each', 'every', 'da', 'then', 'kr', 'kronor', 'sek', 'miljoner', 'miljon', 'million', 'millions',
  'dessa', 'denna', 'detta', 'dessas', 'sadana', 'sadan', 'ihop', 'blir', 'totalen', 'sammantaget', 'altogether', 'combined',
]);

/** Words that make a question be about this data at all. */
export const DOMAIN_WORDS = [
  'projekt', 'project', 'eu', 'namnd', 'forvaltning', 'kontor', 'program', 'programme', 'program', 'medel', 'finansier', 'fund', 'bidrag',
  'partner', 'samarbet', 'samverk', 'cooperat', 'collaborat', 'mal', 'goal', 'kf', 'utbetal', 'betal', 'paid', 'rapport', 'report',
  'redovisning', 'internationell', 'international', 'underlag', 'submission', 'natverk', 'network', 'pengar', 'money', 'kronor', 'committee',
  'administration', 'department', 'stod', 'interreg', 'erasmus', 'horisont', 'horizon', 'esf', 'urbact', 'life', 'avstamning', 'publicer',
  'budget', 'utkast', 'draft', 'data', 'committee', 'kontaktperson', 'contact', 'land', 'lander', 'country', 'countries', 'stader', 'cities', 'organisation', 'organization',
];

export const QUESTION_STARTS = new Set([
  'hur', 'vad', 'vilka', 'vilken', 'vilket', 'vem', 'vems', 'nar', 'var', 'finns', 'har', 'how', 'what', 'which', 'who', 'when', 'where',
  'is', 'are', 'does', 'did', 'do', 'list', 'lista', 'visa', 'show', 'ge', 'give', 'jamfor', 'compare', 'berätta', 'beratta', 'tell',
]);

export const SWEDISH_MARKERS = new Set([
  'hur', 'vad', 'vilka', 'vilken', 'vilket', 'vem', 'och', 'manga', 'mycket', 'har', 'fick', 'projekt', 'projekten', 'nar', 'med', 'av', 'i',
  'det', 'som', 'ar', 'om', 'till', 'pa', 'for', 'finns', 'jamfor', 'mellan', 'flest', 'mest', 'minst', 'inom', 'nämnd', 'namnd', 'namnden',
  'fjol', 'aret', 'samt', 'eller', 'visa', 'lista', 'utbetalt', 'pengar', 'medel', 'arbetar', 'samarbetar', 'ocksa', 'dem', 'de', 'dessa',
]);

export const ENGLISH_MARKERS = new Set([
  'how', 'what', 'which', 'who', 'many', 'much', 'does', 'did', 'the', 'of', 'in', 'projects', 'project', 'is', 'are', 'was', 'with', 'and',
  'most', 'funding', 'money', 'received', 'get', 'got', 'list', 'show', 'compare', 'between', 'committee', 'committees', 'year', 'last',
  'works', 'work', 'partners', 'there', 'has', 'have', 'about', 'tell', 'me', 'those', 'them', 'they', 'fewest', 'paid', 'funds', 'total',
  'can', 'you', 'your', 'a', 'an', 'do', 'we', 'our', 'any', 'from', 'to', 'on', 'where', 'when', 'will', 'would', 'could', 'should', 'please', 'for',
]);

/**
 * Words the intent stage explains (question verbs and nouns about the data itself): a word outside
 * this list and the stop words is a topic the user asks about, which the submission search may answer.
 */
export const INTENT_WORDS = new Set([
  'projekt', 'projekten', 'projektet', 'projekts', 'projects', 'project', 'medel', 'pengar', 'pengarna', 'kronor', 'summa', 'summan', 'utbetalt',
  'utbetalda', 'betalades', 'betalats', 'gick', 'fatt', 'fick', 'antal', 'antalet', 'finns', 'fanns', 'lista', 'visa', 'jamfor', 'jamfort',
  'driver', 'drev', 'deltar', 'deltog', 'delta', 'jobbar', 'arbetar', 'arbetade', 'jobbade', 'delas', 'delar', 'flera', 'mellan', 'nagon', 'nagra',
  'tillsammans', 'sammanlagt', 'totalt', 'storst', 'storsta', 'minst', 'mest', 'flest', 'farst', 'hogst', 'lagst', 'topp', 'rapport', 'rapporten',
  'redovisning', 'redovisningen', 'publicerade', 'staden', 'stad', 'malmo', 'kommunen', 'vi', 'oss', 'funding', 'funds', 'money', 'paid',
  'received', 'receive', 'many', 'much', 'most', 'least', 'largest', 'smallest', 'biggest', 'total', 'number', 'list', 'show', 'which', 'what',
  'does', 'have', 'take', 'part', 'city', 'committee', 'committees', 'partner', 'partners', 'partnern', 'samarbetar', 'samarbete', 'samarbeten',
  'roll', 'rollen', 'role', 'budget', 'budgeten', 'period', 'startade', 'slutar', 'slutade', 'borjade', 'pagar', 'pagaende', 'avslutades', 'leder',
  'leds', 'lead', 'leads', 'kontaktperson', 'kontakt', 'contact', 'person', 'handlar', 'om', 'about', 'tell', 'berätta', 'beratta', 'info',
  'information', 'detaljer', 'details', 'hjalp', 'help', 'fraga', 'fragor', 'question', 'questions', 'data', 'uppgifter', 'fortfarande', 'efter',
  'fore', 'innan', 'under', 'during', 'after', 'before', 'still', 'ended', 'started', 'eu', 'eus', 'pengarna', 'medlen', 'euro', 'per', 'hela',
  'alla', 'allt', 'ingen', 'inga', 'program', 'programmet', 'programmen', 'fond', 'fonden', 'namnd', 'namnder', 'forvaltning', 'forvaltningar',
]);

/**
 * Everyday words of chit-chat (verbs, adjectives, times): a question made of these and no name or
 * domain word is not a content question about the submissions, even when a submission uses the word.
 */
export const EVERYDAY_WORDS = new Set([
  'hjalpa', 'hjalp', 'hander', 'hande', 'roligt', 'rolig', 'kul', 'bra', 'dalig', 'gora', 'gor', 'gjort', 'vill', 'tror', 'tycker', 'kommer', 'ga', 'gar',
  'helg', 'helgen', 'helger', 'idag', 'imorgon', 'igar', 'ikvall', 'kvall', 'morgon', 'vecka', 'veckan', 'nasta', 'nyheter', 'nytt', 'snart', 'alltid',
  'help', 'happening', 'happens', 'fun', 'funny', 'good', 'bad', 'nice', 'today', 'tomorrow', 'yesterday', 'weekend', 'tonight', 'week', 'next', 'news',
  'something', 'anything', 'nagot', 'lite', 'mycket', 'manga', 'basta', 'best', 'bast', 'storsta', 'kostar', 'cost', 'costs', 'pris', 'price',
]);
