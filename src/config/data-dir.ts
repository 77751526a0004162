import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processEnvironment } from './env.js';

/** The project root (two levels above this file, in src/ and in dist/ alike). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/**
 * The data folder every command uses: `--data DIR` if given, else DATA_DIR, else `data/` in the
 * project root. The environment comes from env.ts (processEnvironment), the one module that reads it.
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = processEnvironment()): string {
  const chosen = flag ?? env.DATA_DIR;
  return chosen && chosen.trim() !== '' ? resolve(chosen) : resolve(PROJECT_ROOT, 'data');
}
