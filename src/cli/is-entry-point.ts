import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when the module with this import.meta.url was started as the program (not imported by a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(started);
  } catch {
    return false;
  }
}
