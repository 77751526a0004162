import { UsageError } from './args.js';

export interface GeneratedOptions { limit?: number; category?: string; seed?: number }

/**
 * Takes `--generated`, `--limit N`, `--category C` and `--seed N` out of the eval command's
 * arguments; the rest goes to the common parser. `options` is null without `--generated`.
 */
export function splitGeneratedArgs(argv: readonly string[]): { options: GeneratedOptions | null; rest: string[] } {
  const rest: string[] = [];
  const options: GeneratedOptions = {};
  let generated = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    if (flag === '--generated') { generated = true; continue; }
    if (flag !== '--limit' && flag !== '--category' && flag !== '--seed') { rest.push(argument); continue; }
    const value = inline ?? argv[++index];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`flaggan ${flag} behöver ett värde`);
    if (flag === '--category') { options.category = value; continue; }
    const number = Number(value);
    if (!Number.isInteger(number) || number < (flag === '--limit' ? 1 : 0)) throw new UsageError(`flaggan ${flag} behöver ett heltal${flag === '--limit' ? ' större än 0' : ''}, inte "${value}"`);
    if (flag === '--limit') options.limit = number; else options.seed = number;
  }
  if (!generated && Object.keys(options).length > 0) throw new UsageError('--limit, --category och --seed gäller bara med --generated');
  return { options: generated ? options : null, rest };
}
