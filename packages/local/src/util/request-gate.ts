/**
 * At most `limit` requests in flight; the rest wait here, in arrival order. The AWS SDK starts its connection
 * timeout when a request is created, even while the request waits in its HTTP agent for a free socket, so 1,000
 * concurrent executions would otherwise fail with "did not establish a connection within 2000 ms" although the
 * endpoint is healthy. Queued here, a request meets the SDK only when a socket is free.
 */
export class RequestGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<T>(request: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await request();
    } finally {
      this.release();
    }
  }

  /** Hands the slot straight to the next waiter, so a request arriving meanwhile cannot jump the queue. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
