/**
 * Swedish or English, from the question alone: Swedish letters or common Swedish words make it
 * Swedish; common English words make it English; Swedish otherwise (the city's language).
 */
const SWEDISH_WORDS = /\b(vilka|vilken|vilket|hur|mycket|många|finns|och|som|har|fick|för|projekt(en|et)?|nämnd(en|er)?|vad|vem|år|inom|med|till)\b/giu;
const ENGLISH_WORDS = /\b(which|what|how|much|many|who|the|did|does|is|are|with|projects?|committee|received|funding|in|of|for)\b/giu;

export function questionLanguage(question: string): 'sv' | 'en' {
  if (/[åäö]/iu.test(question)) return 'sv';
  const swedish = question.match(SWEDISH_WORDS)?.length ?? 0;
  const english = question.match(ENGLISH_WORDS)?.length ?? 0;
  return english > swedish ? 'en' : 'sv';
}
