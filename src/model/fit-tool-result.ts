/**
 * A tool result as the model sees it, within a character budget: the longest lists are shortened
 * (by a quarter at a time until the JSON fits) and each shortened list ends with a note of how many entries were
 * left out, so the JSON stays valid and the model knows to narrow the question.
 * The grounding check still sees the whole result.
 */
export function fitToolResult(output: unknown, maxChars: number): string {
  const whole = JSON.stringify(output);
  if (whole.length <= maxChars) return whole;
  const copy: unknown = JSON.parse(whole);
  const originalLength = new WeakMap<unknown[], number>();
  const keptItems = (list: unknown[]) => (originalLength.has(list) ? list.length - 1 : list.length);
  const attachedLists = (value: unknown, found: unknown[][] = []): unknown[][] => {
    if (Array.isArray(value)) {
      if (keptItems(value) > 1) found.push(value);
      for (const item of value) attachedLists(item, found);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) attachedLists(item, found);
    }
    return found;
  };
  for (let step = 0; step < 64; step += 1) {
    if (JSON.stringify(copy).length <= maxChars) break;
    const lists = attachedLists(copy);
    if (lists.length === 0) break;
    const longest = lists.reduce((best, list) => (JSON.stringify(list).length > JSON.stringify(best).length ? list : best));
    const original = originalLength.get(longest) ?? longest.length;
    const keep = Math.floor((keptItems(longest) * 3) / 4) || 1;
    longest.splice(keep);
    longest.push(`… och ${original - keep} till som inte visas här; begränsa frågan (filter eller limit) för att se dem`);
    originalLength.set(longest, original);
  }
  const text = JSON.stringify(copy);
  return text.length <= maxChars ? text : `${text.slice(0, maxChars)} … [avkortat]`;
}
