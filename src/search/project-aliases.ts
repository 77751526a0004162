import { foldText } from '../text/fold.js';

/** How a text may name a project: its full name, the part before a dash, or a distinctive camel-case first word ("NetZeroCities"). */
export function projectAliases(name: string): string[] {
  const aliases = [name];
  const beforeDash = name.split(/\s[–-]\s/)[0]?.trim();
  if (beforeDash && beforeDash !== name) aliases.push(beforeDash);
  const firstWord = name.split(/\s+/)[0] ?? '';
  // Only a camel-case word such as "NetZeroCities": an all-caps first word may be a programme ("LIFE").
  if (firstWord !== name && firstWord.length >= 4 && /^\p{Lu}.*\p{Lu}/u.test(firstWord) && /\p{Ll}/u.test(firstWord)) aliases.push(firstWord);
  return aliases;
}

/** Whether a text names the project (as a whole word sequence, case- and accent-insensitive). */
export function mentionsProject(text: string, name: string): boolean {
  const folded = ` ${foldText(text)} `;
  return projectAliases(name).some((alias) => folded.includes(` ${foldText(alias)} `));
}
