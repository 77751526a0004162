import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One thumbs up/down from Teams, with the optional comment. */
export interface FeedbackEntry {
  time: string;
  reaction: 'like' | 'dislike';
  /** The comment the user wrote (Teams may send a JSON string or an object). */
  feedback: string;
  /** The user's Teams/AAD id. */
  user: string;
  conversation: string;
  /** The id of the bot message the feedback is about, when Teams sends it. */
  replyTo: string | null;
}

export interface FeedbackRecorder {
  record(entry: FeedbackEntry): Promise<void>;
}

/** Keeps feedback in memory (tests, local runs). */
export class MemoryFeedbackRecorder implements FeedbackRecorder {
  readonly entries: FeedbackEntry[] = [];
  async record(entry: FeedbackEntry): Promise<void> {
    this.entries.push(entry);
  }
}

/** Appends feedback as one JSON object per line. */
export class JsonLinesFeedbackRecorder implements FeedbackRecorder {
  constructor(private readonly file: string) {}
  async record(entry: FeedbackEntry): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(entry)}\n`, 'utf8');
  }
}
