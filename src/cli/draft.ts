import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { resolveDataDir } from '../config/data-dir.js';
import { loadConfig } from '../config/env.js';
import { ConfigError } from '../config/config-error.js';
import type { Dataset } from '../domain/dataset.js';
import { defaultDraftYear, draftParagraph, resolveForvaltning, type DraftResult } from '../draft/draft-paragraph.js';
import { UnknownForvaltningError, DraftModelError } from '../draft/draft-errors.js';
import { draftExempelSection, sourceLines, type Drafter } from '../draft/exempel-section.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE =
  'Användning: npm run draft -- [--json] [--data MAPP] [--embedded] --forvaltning NAMN [--year ÅÅÅÅ] [--out FIL.docx]\n' +
  '            npm run draft -- [--json] [--data MAPP] [--embedded] --all [--year ÅÅÅÅ] [--out FIL.docx|FIL.md]';

export interface DraftIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The environment; absent: the process's own, read by src/config/. */
  env?: Record<string, string | undefined>;
}

const defaultIo: DraftIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The paragraph, its sources numbered per sentence, what the checks removed, and the comparison. */
export function renderDraft(draft: DraftResult): string {
  if (draft.status === 'no-submission') return `${draft.notes.join('\n')}\n`;
  const lines = [
    `${draft.forvaltning} ${draft.year} — utkast till avsnittet Exempel (${draft.mode === 'model' ? 'skrivet av modell' : 'inbyggt, extraktivt'}, ${draft.wordCount} ord)`,
    '',
    draft.sentences.map((sentence, index) => `${sentence.text} [${index + 1}]`).join(' '),
    '',
    'Källor per mening:',
    ...sourceLines(draft).map((line) => `  ${line}`),
  ];
  if (draft.flagged.length > 0) {
    lines.push('', 'Kontroll mot underlaget:');
    for (const item of draft.flagged) {
      lines.push(`  ${item.action === 'removed' ? 'Borttagen' : 'Flaggad'}: "${item.sentence}" — finns inte i underlaget: ${item.unsupported.map((entry) => entry.text).join(', ')}`);
    }
  }
  if (draft.notes.length > 0) lines.push('', ...draft.notes.map((note) => `Obs: ${note}`));
  if (draft.comparison) {
    lines.push('', `Jämförelse med ${draft.comparison.year}: ${draft.comparison.note}`);
    if (draft.comparison.paragraph) lines.push(`Fjolårets stycke (utkast): ${draft.comparison.paragraph}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The drafter to use: the configured model, or the embedded extractive drafter. */
async function chooseDrafter(dataset: Dataset, env: DraftIo['env'], forceEmbedded: boolean): Promise<Drafter> {
  const config = forceEmbedded ? null : loadConfig(env);
  if (!config?.model) return (forvaltning, year) => draftParagraph({ dataset, forvaltning, year });
  const model = config.model;
  const [{ createOpenAiClient }, { draftWithModel }, { createSubmissionSearch }, { OpenAiClientEmbeddings }] = await Promise.all([
    import('../model/openai-client.js'),
    import('../draft/draft-with-model.js'),
    import('../search/hybrid-search.js'),
    import('../search/openai-client-embeddings.js'),
  ]);
  const client = createOpenAiClient(model);
  // The model's embeddings when OPENAI_EMBEDDING_MODEL is set; otherwise the embedded ones.
  const embeddings = config.embeddingModel ? new OpenAiClientEmbeddings({ client, model: config.embeddingModel }) : undefined;
  const search = await createSubmissionSearch({ dataset, embeddings });
  return (forvaltning, year) => draftWithModel({ dataset, client, model: model.model, search, forvaltning, year });
}

/** `npm run draft`: one förvaltning's "Exempel" paragraph, or the whole section with --all. */
export async function main(argv: string[], io: DraftIo = defaultIo): Promise<number> {
  let values: { json?: boolean; data?: string; forvaltning?: string; year?: string; all?: boolean; out?: string; embedded?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' }, data: { type: 'string' }, forvaltning: { type: 'string' }, year: { type: 'string' },
        all: { type: 'boolean' }, out: { type: 'string' }, embedded: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${USAGE}\nSkriver förvaltningens stycke till avsnittet "Exempel" ur dess underlag, med källa för varje mening.\n`);
    return 0;
  }
  if (!values.all && !values.forvaltning) {
    io.stderr(`Ange --forvaltning NAMN eller --all.\n${USAGE}\n`);
    return 2;
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    io.stderr(`--year ska vara ett årtal med fyra siffror, t.ex. 2024 (fick "${values.year}").\n`);
    return 2;
  }
  if (values.out && !/\.(docx|md)$/i.test(values.out)) {
    io.stderr(`--out ska sluta på .docx (Word) eller .md (Markdown), fick "${values.out}".\n`);
    return 2;
  }
  try {
    if (values.forvaltning && !values.all) resolveForvaltning(values.forvaltning);
    const dataset = loadDataset(resolveDataDir(values.data, io.env));
    const year = values.year ? Number(values.year) : defaultDraftYear(dataset);
    const drafter = await chooseDrafter(dataset, io.env, values.embedded ?? false);

    if (values.all) {
      const section = await draftExempelSection(dataset, year, drafter);
      if (values.out) await writeOutput(values.out, section.drafts, year, section.markdown);
      if (values.json) io.stdout(`${JSON.stringify(section, null, 2)}\n`);
      else io.stdout(section.markdown);
      if (values.out) io.stderr(`Skrev ${values.out}.\n`);
      return section.drafts.length > 0 ? 0 : 1;
    }

    const draft = await drafter(values.forvaltning!, year);
    if (values.out && draft.status === 'drafted') await writeOutput(values.out, [draft], year, `${draft.paragraph}\n`);
    io.stdout(values.json ? `${JSON.stringify(draft, null, 2)}\n` : renderDraft(draft));
    if (values.out && draft.status === 'drafted') io.stderr(`Skrev ${values.out}.\n`);
    return draft.status === 'drafted' ? 0 : 1;
  } catch (error) {
    if (error instanceof UnknownForvaltningError) {
      if (values.json) io.stdout(`${JSON.stringify({ error: error.name, message: error.message, suggestion: error.suggestion })}\n`);
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof DataLoadError || error instanceof ConfigError || error instanceof DraftModelError || error instanceof DocxUnavailableError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Word output needs the `docx` package, which is installed with the development dependencies. */
class DocxUnavailableError extends Error {
  constructor(cause: string) {
    super(`Kan inte skriva Word-fil: paketet "docx" saknas (${cause}). Kör npm install (utan --omit=dev) eller använd --out FIL.md.`);
    this.name = 'DocxUnavailableError';
  }
}

async function writeOutput(file: string, drafts: DraftResult[], year: number, markdown: string): Promise<void> {
  if (/\.md$/i.test(file)) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, markdown);
    return;
  }
  let writer: typeof import('../draft/write-docx.js');
  try {
    writer = await import('../draft/write-docx.js');
    await import('docx');
  } catch (error) {
    throw new DocxUnavailableError((error as Error).message);
  }
  await writer.writeDraftsDocx(drafts, year, file);
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
