import type { Activity } from 'botbuilder';
import type { IngestReport, IngestedSubmission } from '../ingest/ingest-submissions.js';
import type { Notice, Problem } from '../ingest/problem.js';
import { adaptiveCard, cardAttachment, cardBytes, fact, heading, MAX_CARD_BYTES, textBlock, type CardElement } from './adaptive-card.js';
import { messageText } from './plain-text.js';
import type { ReplaceUploadValue } from './file-attachments.js';

/** Everything the bot says about handing in submissions through Teams. */
export const uploadText = {
  personalOnly:
    'Underlag lämnar du in i en personlig chatt med mig, inte i en grupp eller kanal: öppna chatten med boten och bifoga filen där. Inget har ändrats.',
  unavailable: 'Inlämning av underlag via Teams är inte igång i den här installationen. Använd `npm run ingest` eller skicka underlaget till stadskontoret.',
  nothingToReplace: 'Jag har inget underlag att ersätta med just nu. Bifoga filen igen och skriv **ersätt** i samma meddelande.',
  tooManyFiles: (count: number, max: number) => `Du bifogade ${count} filer; skicka högst ${max} åt gången. Inget har ändrats.`,
  locked: 'En annan inläsning pågår just nu. Försök igen om en liten stund. Inget har ändrats.',
  failed: 'Något gick fel när underlaget skulle läsas in. Inget har ändrats. Försök igen om en stund; händer det igen, kontakta stadskontoret.',
  rejectedHeading: 'Underlaget lästes inte in',
  rejectedIntro: (count: number) => `Inget har ändrats: ${count === 1 ? 'ett fel' : `${count} fel`} måste rättas först. Rätta filen och skicka den igen.`,
  replaceHint: 'Vill du ersätta det underlag som redan finns? Klicka på **Ersätt befintligt underlag** eller skriv **ersätt**.',
  replaceButton: 'Ersätt befintligt underlag',
  notices: 'Att notera',
  done: '**Underlaget är inläst.**',
  nextQuestion: 'Frågor du ställer nu besvaras med det nya underlaget.',
} as const;

/** How many problems a reply lists (the rest are counted). */
const MAX_LISTED = 40;

/** The ingest's wording for a second submission, told the Teams way (no command-line option). */
export function isExistingSubmissionProblem(problem: Problem): boolean {
  return /har redan ett underlag för \d{4} \(/.test(problem.message);
}

function teamsMessage(problem: Problem): string {
  return problem.message.replace(/ — lägg till --replace för att ersätta det$/, ' — skriv "ersätt" för att ersätta det');
}

function place(problem: Problem): string {
  return [problem.location, problem.field].filter((part): part is string => Boolean(part)).join(', ');
}

/** One problem as a line: file, place, field, what was found, what is expected. */
export function problemLine(problem: Problem): string {
  const where = place(problem);
  const found = problem.found !== null ? `"${problem.found}" ` : '';
  return messageText(`**${problem.file}**${where ? ` (${where})` : ''}: ${found}${teamsMessage(problem)}`);
}

function problemElement(problem: Problem): CardElement {
  const facts = [
    ...(place(problem) ? [fact('Var', place(problem))] : []),
    ...(problem.found !== null ? [fact('Hittade', problem.found)] : []),
    fact('Fel', teamsMessage(problem)),
  ];
  return { type: 'Container', separator: true, items: [textBlock(problem.file, { weight: 'Bolder' }), { type: 'FactSet', facts }] };
}

/** A refused upload: every problem, that nothing changed, and a replace button when a submission already exists. */
export function rejectionActivity(problems: readonly Problem[], notices: readonly Notice[] = []): Partial<Activity> {
  const canReplace = problems.some(isExistingSubmissionProblem);
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length - listed.length;
  const lines = [
    `**${uploadText.rejectedHeading}.** ${uploadText.rejectedIntro(problems.length)}`,
    '',
    ...listed.map((problem) => `- ${problemLine(problem)}`),
    ...(more > 0 ? [`- … och ${more} fel till.`] : []),
    ...(notices.length > 0 ? ['', `${uploadText.notices}:`, ...notices.slice(0, 10).map((notice) => `- ${problemLine(notice)}`)] : []),
    ...(canReplace ? ['', uploadText.replaceHint] : []),
  ];
  const body: CardElement[] = [heading(uploadText.rejectedHeading), textBlock(uploadText.rejectedIntro(problems.length))];
  const actions = canReplace ? [{ type: 'Action.Submit', title: uploadText.replaceButton, data: { uploadAction: 'replace' } satisfies ReplaceUploadValue }] : [];
  for (const problem of listed) {
    const candidate = adaptiveCard([...body, problemElement(problem)], actions);
    if (cardBytes(candidate) > MAX_CARD_BYTES) break;
    body.push(problemElement(problem));
  }
  const shown = body.length - 2;
  if (shown < problems.length) body.push(textBlock(`… och ${problems.length - shown} fel till (se listan ovan).`, { isSubtle: true }));
  return { type: 'message', text: lines.join('\n'), textFormat: 'markdown', attachments: [cardAttachment(adaptiveCard(body, actions))] };
}

const named = (items: readonly string[], one: string): string => `${one}: ${items.join(', ')}`;

function submissionLine(submission: IngestedSubmission): string {
  const head = `- **${submission.forvaltning} ${submission.year}** (${submission.file})`;
  const projects = `${submission.projects} projekt`;
  if (submission.action === 'unchanged') return `${head}: oförändrat – samma underlag fanns redan.`;
  const what = submission.action === 'added' ? `nytt underlag med ${projects}` : `ersatte det tidigare underlaget; ${projects}`;
  const changes = [
    ...(submission.merge.created.length > 0 ? [named(submission.merge.created, 'nya projekt')] : []),
    ...(submission.merge.updated.length > 0 ? [named(submission.merge.updated, 'uppdaterade projekt')] : []),
    ...(submission.merge.left.length > 0 ? [named(submission.merge.left, 'förvaltningen deltar inte längre i')] : []),
    ...(submission.merge.removed.length > 0 ? [named(submission.merge.removed, 'borttagna projekt')] : []),
  ];
  return `${head}: ${what}.${changes.length > 0 ? ` ${changes.join('; ')}.` : ''}`;
}

/** A successful upload: what was added, replaced or unchanged, and the projects it created or updated. */
export function successText(report: IngestReport): string {
  const changed = report.submissions.some((submission) => submission.action !== 'unchanged');
  return [
    uploadText.done,
    '',
    ...report.submissions.map((submission) => messageText(submissionLine(submission))),
    ...(report.notices.length > 0 ? ['', `${uploadText.notices}:`, ...report.notices.slice(0, 10).map((notice) => `- ${problemLine(notice)}`)] : []),
    ...(changed ? ['', uploadText.nextQuestion] : []),
  ].join('\n');
}
