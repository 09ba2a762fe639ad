/**
 * A list of recorded calls that tests can query and wait on. Shared by the Slack and Discord fakes.
 * `waitFor` also looks at calls that already arrived, so a test never races the library it drives.
 */
export class CallLog<T> {
  readonly all: T[] = [];
  private waiters: Array<{ match: (call: T) => boolean; resolve: (call: T) => void }> = [];

  constructor(private readonly describe: (call: T) => string) {}

  record(call: T): void {
    this.all.push(call);
    for (const waiter of [...this.waiters]) {
      if (!waiter.match(call)) continue;
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(call);
    }
  }

  filter(match: (call: T) => boolean): T[] {
    return this.all.filter(match);
  }

  /**
   * Resolves with the first recorded call matching `match` (past or future). On timeout, rejects with
   * `what` and the list of every call recorded so far, which is usually enough to see what went wrong.
   */
  waitFor(match: (call: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    const already = this.all.find(match);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        match,
        resolve: (call: T) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.summary()}`));
      }, timeoutMs);
      timer.unref();
      this.waiters.push(waiter);
    });
  }

  summary(): string {
    if (this.all.length === 0) return "recorded calls: none";
    const lines = this.all.map((call, i) => `  ${i + 1}. ${truncate(this.describe(call), 300)}`);
    return `recorded calls (${this.all.length}):\n${lines.join("\n")}`;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
