import { z } from 'zod';

/** Kommunfullmäktige's goals for 2024–2026, numbered as in the report. */
export const KF_GOALS = [
  { number: 1, text: 'En stad med goda uppväxtvillkor för barn och unga' },
  { number: 2, text: 'En attraktiv stad för arbete och näringsliv' },
  { number: 3, text: 'En grön stad som leder klimatomställningen' },
  { number: 4, text: 'En mer jämlik stad' },
  { number: 5, text: 'En god organisation' },
] as const;

export const KfGoalNumberSchema = z
  .number()
  .int()
  .min(1, 'KF-mål är ett tal 1–5')
  .max(5, 'KF-mål är ett tal 1–5');
export type KfGoalNumber = 1 | 2 | 3 | 4 | 5;

export function goalText(goal: number): string {
  const found = KF_GOALS.find((candidate) => candidate.number === goal);
  if (!found) throw new RangeError(`KF-mål ${goal} finns inte (1–5)`);
  return found.text;
}
