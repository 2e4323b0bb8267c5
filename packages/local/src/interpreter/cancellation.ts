/** Why a running scope is being stopped. */
export type CancelReason =
  | { readonly kind: "aborted"; readonly error?: string; readonly cause?: string }
  | { readonly kind: "timed-out" }
  /** A sibling Parallel branch or Map iteration failed, or the engine closed. */
  | { readonly kind: "sibling-failed" }
  | { readonly kind: "engine-closed" };

/** Thrown through a scope that is being cancelled; never reaches Retry or Catch. */
export class Cancelled extends Error {
  constructor(readonly reason: CancelReason) {
    super(`cancelled (${reason.kind})`);
    this.name = "Cancelled";
  }
}

/**
 * A cancellation tree: the execution has one, each Parallel branch and Map iteration a child. Cancelling a
 * node cancels its descendants; awaits race against it so a stopped execution never waits on a timer.
 */
export class Cancellation {
  private current: CancelReason | undefined;
  private readonly listeners = new Set<(reason: CancelReason) => void>();
  private detachFromParent: (() => void) | undefined;

  get reason(): CancelReason | undefined {
    return this.current;
  }

  cancel(reason: CancelReason): void {
    if (this.current) return;
    this.current = reason;
    for (const listener of [...this.listeners]) listener(reason);
    this.listeners.clear();
  }

  /** Throws when cancelled: checked between synchronous states. */
  throwIfCancelled(): void {
    if (this.current) throw new Cancelled(this.current);
  }

  onCancel(listener: (reason: CancelReason) => void): () => void {
    if (this.current) {
      listener(this.current);
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  child(): Cancellation {
    const child = new Cancellation();
    child.detachFromParent = this.onCancel((reason) => child.cancel(reason));
    return child;
  }

  /** Detaches a finished child from its parent, so long loops of branches do not pile up listeners. */
  release(): void {
    this.detachFromParent?.();
    this.detachFromParent = undefined;
    this.listeners.clear();
  }

  /** Settles like `promise`, or rejects with Cancelled as soon as this is cancelled. */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.current) return Promise.reject(new Cancelled(this.current));
    return new Promise<T>((resolve, reject) => {
      const detach = this.onCancel((reason) => reject(new Cancelled(reason)));
      promise.then(
        (value) => {
          detach();
          resolve(value);
        },
        (error: unknown) => {
          detach();
          reject(error);
        },
      );
    });
  }
}
