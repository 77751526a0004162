/** Tracks whether the förvaltning has been named yet, so that later mentions can say "förvaltningen". */
export interface VoiceState {
  forvaltning: string;
  named: boolean;
}

/** The genitive of a Swedish name: "Miljöförvaltningen" → "Miljöförvaltningens"; names ending in s, x or z are unchanged. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Rewrites first person to the report's third person: the first mention becomes the förvaltning's
 * name, later ones "förvaltningen". "vi"/"vår förvaltning" → subject; "vår/vårt/våra X" →
 * "förvaltningens X"; "oss" → "förvaltningen", or the reflexive "sig" when "vi" is the subject of the same clause.
 * A leading "Förvaltningen" before the name has been given becomes the name.
 */
export function rewriteFirstPerson(sentence: string, state: VoiceState): string {
  const subject = (): string => {
    if (state.named) return 'förvaltningen';
    state.named = true;
    return state.forvaltning;
  };
  const possessive = (): string => {
    if (state.named) return 'förvaltningens';
    state.named = true;
    return genitive(state.forvaltning);
  };
  const hadSubjectVi = /(?<!\p{L})[Vv]i(?!\p{L})/u.test(sentence);
  let text = sentence;
  if (!state.named && text.includes(state.forvaltning)) state.named = true;
  text = text.replace(/(?<!\p{L})[Vv]år(?:a)? (?:egen |egna )?(?:förvaltning|organisation)(?!\p{L})/gu, () => subject());
  text = text.replace(/(?<!\p{L})[Vv]år(?:a)? nämnd(?!\p{L})/gu, 'nämnden');
  text = text.replace(/(?<!\p{L})[Vv]år(?:t|a)?(?= \p{L})/gu, () => possessive());
  text = text.replace(/(?<!\p{L})[Vv]i(?!\p{L})/gu, () => subject());
  text = text.replace(/(?<!\p{L})oss(?!\p{L})/gu, () => (hadSubjectVi ? 'sig' : state.named ? 'förvaltningen' : subject()));
  if (!state.named) {
    text = text.replace(/^Förvaltningens(?!\p{L})/u, () => possessive()).replace(/^Förvaltningen(?!\p{L})/u, () => subject());
  }
  text = text.replace(new RegExp(`(?<=[^.!?]\\s)Förvaltningen(?!\\p{L})`, 'gu'), 'förvaltningen');
  return capitalise(text);
}

/** Whether a text still speaks in the first person. */
export function hasFirstPerson(text: string): boolean {
  return /(?<!\p{L})(?:[Vv]i|oss|[Vv]år|[Vv]årt|[Vv]åra)(?!\p{L})/u.test(text);
}
