import type { TurnContext } from 'botbuilder';
import { DatasetLockedError } from '../data/dataset-lock.js';
import type { IngestFileInput } from '../ingest/ingest-submissions.js';
import { SubmissionRejectedError, type Problem } from '../ingest/problem.js';
import type { SubmissionIngester } from '../ingest/submission-ingester.js';
import type { BotLogger } from './bot-logger.js';
import { asksToReplace, isReplaceClick, isReplaceWord, uploadedFiles, type UploadedFile } from './file-attachments.js';
import { DEFAULT_DOWNLOAD_LIMITS, downloadFile, FileDownloadError, type DownloadLimits, type FetchFile } from './file-download.js';
import { isExistingSubmissionProblem, rejectionActivity, successText, uploadText } from './upload-reply.js';
import { startTyping } from './typing-indicator.js';

/** At most this many files in one message. */
export const MAX_UPLOAD_FILES = 10;

/** How long a refused upload can be re-run with "ersätt" (Teams' download links expire). */
export const PENDING_UPLOAD_MS = 30 * 60 * 1000;

/** A refused upload kept in the conversation state, so that "ersätt" can re-run it with replace. */
export interface PendingUpload {
  files: UploadedFile[];
  savedAt: string;
}

export interface UploadDeps {
  /** The ingest pipeline (Teams-free); absent: uploads are answered with "not available". */
  ingester?: SubmissionIngester;
  /** Default: the global fetch. */
  fetchFile?: FetchFile;
  /** Download bounds; `allowLoopbackHttp` is set by the bot in local mode. */
  downloadLimits?: Partial<DownloadLimits>;
  logger: BotLogger;
  typingIntervalMs?: number;
}

/** What a message asks for: new files, or the last refused files again with replace. */
export interface UploadRequest {
  files: UploadedFile[];
  replace: boolean;
}

/** The upload a message asks for, or null when it is no upload (an ordinary question). */
export function uploadRequest(activity: { attachments?: TurnContext['activity']['attachments']; value?: unknown }, text: string | undefined, pending: PendingUpload | undefined, now = Date.now()): UploadRequest | null {
  const files = uploadedFiles(activity.attachments);
  if (files.length > 0) return { files, replace: asksToReplace(text) };
  if (!isReplaceClick(activity.value) && !isReplaceWord(text)) return null;
  const fresh = pending && now - Date.parse(pending.savedAt) < PENDING_UPLOAD_MS ? pending.files : [];
  return { files: fresh, replace: true };
}

const problemOf = (error: FileDownloadError): Problem => ({ file: error.fileName, location: null, field: null, found: null, message: error.message });

/**
 * Hands a submission in through Teams (personal chat, an allowed user — the guard checks access):
 * downloads every attached file within bounds, then ingests them all at once (all or nothing) and
 * answers with what changed or every problem. Returns the upload to keep for a later "ersätt"
 * (null: forget it).
 */
export async function handleSubmissionUpload(context: TurnContext, request: UploadRequest, deps: UploadDeps): Promise<PendingUpload | null> {
  const { files, replace } = request;
  if (files.length === 0) {
    await context.sendActivity(uploadText.nothingToReplace);
    return null;
  }
  if (!deps.ingester) {
    await context.sendActivity(uploadText.unavailable);
    return null;
  }
  if (files.length > MAX_UPLOAD_FILES) {
    await context.sendActivity(uploadText.tooManyFiles(files.length, MAX_UPLOAD_FILES));
    return null;
  }
  const limits: DownloadLimits = { ...DEFAULT_DOWNLOAD_LIMITS, ...deps.downloadLimits };
  const fetchFile: FetchFile = deps.fetchFile ?? ((url, init) => fetch(url, init));
  const typing = await startTyping(context, deps.typingIntervalMs);
  try {
    const downloaded: IngestFileInput[] = [];
    const problems: Problem[] = [];
    // One time budget for all the files, so the turn ends well within the turn timeout.
    const deadline = Date.now() + limits.timeoutMs;
    for (const file of files) {
      try {
        const remaining = { ...limits, timeoutMs: Math.max(1, deadline - Date.now()) };
        downloaded.push({ fileName: file.name, bytes: await downloadFile(file, fetchFile, remaining) });
      } catch (error) {
        if (!(error instanceof FileDownloadError)) throw error;
        deps.logger.warn(`uppladdning: ${file.name} ${error.reason}`);
        problems.push(problemOf(error));
      }
    }
    if (problems.length > 0) {
      await context.sendActivity(rejectionActivity(problems));
      return null;
    }
    const report = await deps.ingester.ingest(downloaded, { replace });
    deps.logger.info(`uppladdning: ${report.submissions.map((submission) => `${submission.storedPath} ${submission.action}`).join(', ')}`);
    await context.sendActivity({ type: 'message', text: successText(report), textFormat: 'markdown' });
    return null;
  } catch (error) {
    if (error instanceof SubmissionRejectedError) {
      await context.sendActivity(rejectionActivity(error.problems, error.notices));
      return !replace && error.problems.some(isExistingSubmissionProblem) ? { files, savedAt: new Date().toISOString() } : null;
    }
    if (error instanceof DatasetLockedError) {
      await context.sendActivity(uploadText.locked);
      return null;
    }
    deps.logger.error(`uppladdningen misslyckades: ${(error as Error).message}`, error);
    await context.sendActivity(uploadText.failed);
    return null;
  } finally {
    typing.stop();
  }
}
