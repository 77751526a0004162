import { parseArgs } from 'node:util';

/** Thrown for command-line arguments the command does not accept; the message is Swedish and printed with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommonArgs {
  json: boolean;
  data: string | undefined;
  help: boolean;
  /** Everything that is not a flag, joined by spaces (the question). */
  rest: string[];
}

/** Parses `[--json] [--data DIR] [--help] words…`; unknown flags throw UsageError. */
export function parseCommonArgs(argv: readonly string[], options: { json?: boolean } = { json: true }): CommonArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...(options.json === false ? {} : { json: { type: 'boolean' as const } }),
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const flags = values as { json?: boolean; data?: string; help?: boolean };
    return { json: flags.json ?? false, data: flags.data, help: flags.help ?? false, rest: positionals };
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `okänd flagga ${unknown[1]}` : /argument missing/.test(message) ? 'flaggan --data behöver en mapp' : message);
  }
}
