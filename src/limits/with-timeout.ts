/** Raised when a turn took longer than its limit; the work itself may still finish later. */
export class TurnTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Svaret tog längre tid än ${timeoutMs} ms.`);
    this.name = 'TurnTimeoutError';
  }
}

/** Resolves with the promise's value, or rejects with TurnTimeoutError after `timeoutMs`. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TurnTimeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
