import type { DatasetHolder } from '../data/dataset-holder.js';
import { ingestFiles, type IngestFileInput, type IngestReport } from './ingest-submissions.js';

/** Adds submission files (already in memory) to the data — all or nothing; what a chat client calls. */
export interface SubmissionIngester {
  /** Throws SubmissionRejectedError (every problem, nothing changed) or DatasetLockedError. */
  ingest(files: IngestFileInput[], options?: { replace?: boolean }): Promise<IngestReport>;
}

/**
 * ingestFiles on one data folder; after a successful run the holder gets the dataset as it now is,
 * so that the running assistant answers from the new submissions and projects at once.
 */
export function dataFolderIngester(options: { dataDir: string; holder?: DatasetHolder; now?: () => Date }): SubmissionIngester {
  return {
    async ingest(files, ingestOptions = {}) {
      const report = await ingestFiles({
        dataDir: options.dataDir,
        files,
        replace: ingestOptions.replace ?? false,
        ...(options.now ? { now: options.now } : {}),
      });
      if (report.written.length > 0 || report.removed.length > 0) options.holder?.replace(report.dataset);
      return report;
    },
  };
}
