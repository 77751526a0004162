/** Why a piece of work was not started. */
export class BusyError extends Error {
  constructor(readonly reason: 'queue-full' | 'queue-timeout' | 'shutting-down') {
    super(`Tjänsten är upptagen (${reason}).`);
    this.name = 'BusyError';
  }
}

export interface WorkLimitSettings {
  /** How many turns run at once in this process. */
  maxInFlight: number;
  /** How many more may wait for a slot; beyond that a request is refused at once. */
  maxQueued: number;
  /** How long a request may wait for a slot before it is refused. */
  queueTimeoutMs: number;
}

export const DEFAULT_WORK_LIMITS: WorkLimitSettings = { maxInFlight: 32, maxQueued: 256, queueTimeoutMs: 30_000 };

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * A bound on work in flight: a semaphore with a bounded, time-limited queue. A slot is held until
 * the work really ends, so the bound holds even when a caller stopped waiting for it.
 */
export class WorkLimiter {
  private running = 0;
  private readonly queue: Waiter[] = [];
  private closed = false;
  private readonly idleListeners: Array<() => void> = [];

  constructor(readonly settings: WorkLimitSettings = DEFAULT_WORK_LIMITS) {
    if (settings.maxInFlight < 1 || settings.maxQueued < 0) throw new RangeError('maxInFlight ≥ 1 och maxQueued ≥ 0 krävs.');
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.queue.length;
  }

  private acquire(): Promise<void> {
    if (this.closed) return Promise.reject(new BusyError('shutting-down'));
    if (this.running < this.settings.maxInFlight) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.settings.maxQueued) return Promise.reject(new BusyError('queue-full'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.running++;
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(new BusyError('queue-timeout'));
        }, this.settings.queueTimeoutMs),
      };
      this.queue.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    const next = this.queue.shift();
    if (next) next.start();
    else if (this.running === 0) for (const listener of this.idleListeners.splice(0)) listener();
  }

  /** Runs `work` when a slot is free; throws BusyError when the queue is full, too slow, or closed. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /**
   * Stops taking new work (BusyError "shutting-down") and resolves when everything running or
   * queued has finished, or after `timeoutMs` with false.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    this.closed = true;
    if (this.running === 0 && this.queue.length === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.idleListeners.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
