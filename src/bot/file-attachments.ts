import type { Activity, Attachment } from 'botbuilder';

/** What Teams sends for a file a user attaches in a personal chat (bot manifest `supportsFiles`). */
export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** A file the user attached to a message: its name and where to fetch it. */
export interface UploadedFile {
  name: string;
  url: string;
}

/** What the "Ersätt befintligt underlag" card button sends back (Action.Submit data). */
export interface ReplaceUploadValue {
  uploadAction: 'replace';
}

const NOT_FILES = /^(text\/html$|application\/vnd\.microsoft\.card\.)/i;

function fileName(name: unknown, fileType: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return null;
  const trimmed = name.trim();
  // Teams gives the extension separately too; add it when the name lacks one.
  if (typeof fileType === 'string' && fileType !== '' && !/\.[^.]+$/.test(trimmed)) return `${trimmed}.${fileType}`;
  return trimmed;
}

/**
 * The files attached to a message: Teams' file download info (`content.downloadUrl`, `name`,
 * `content.fileType`), or a plain attachment with `contentUrl` and `name` (Bot Framework Emulator,
 * Agents Playground). Cards, the HTML copy Teams adds to a message, and nameless inline images are
 * not files.
 */
export function uploadedFiles(attachments: readonly Attachment[] | undefined): UploadedFile[] {
  const files: UploadedFile[] = [];
  for (const attachment of attachments ?? []) {
    if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
      const content = (attachment.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
      const name = fileName(attachment.name, content.fileType);
      // downloadUrl is Teams' pre-authorised link; some clients (the Agents Playground) give only contentUrl.
      const url = typeof content.downloadUrl === 'string' && content.downloadUrl !== '' ? content.downloadUrl : attachment.contentUrl;
      if (name && typeof url === 'string' && url !== '') files.push({ name, url });
      continue;
    }
    if (NOT_FILES.test(attachment.contentType ?? '')) continue;
    const name = fileName(attachment.name, undefined);
    if (name && typeof attachment.contentUrl === 'string' && attachment.contentUrl !== '') files.push({ name, url: attachment.contentUrl });
  }
  return files;
}

/** True for a click on the card's "Ersätt befintligt underlag" button. */
export function isReplaceClick(value: unknown): boolean {
  return Boolean(value && typeof value === 'object' && (value as Partial<ReplaceUploadValue>).uploadAction === 'replace');
}

/** A message that is only the word "ersätt"/"replace" (asks to re-run the last refused upload with replace). */
export function isReplaceWord(text: string | undefined): boolean {
  return /^(ersätt|ersatt|replace)(\s+(befintligt|det befintliga|tidigare)\s+underlag(et)?)?[.!]?$/iu.test((text ?? '').replace(/\s+/g, ' ').trim());
}

/** True when the text that came with the files asks to replace ("ersätt", "replace"). */
export function asksToReplace(text: string | undefined): boolean {
  return /(^|[^\p{L}])(ersätt|ersatt|replace)([^\p{L}]|$)/iu.test(text ?? '');
}

/** Whether a message is about handing in a submission: files attached, or a replace request. */
export function isUploadActivity(activity: Partial<Activity>, text: string | undefined = activity.text): boolean {
  return uploadedFiles(activity.attachments).length > 0 || isReplaceClick(activity.value) || isReplaceWord(text);
}
