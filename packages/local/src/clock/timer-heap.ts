/** A timer waiting in a virtual clock: ordered by due time, then by creation so equal times fire FIFO. */
export interface PendingTimer {
  readonly due: number;
  readonly sequence: number;
  readonly callback: () => void;
  /** No longer pending: cancelled, or taken out to fire. */
  cancelled: boolean;
}

const before = (a: PendingTimer, b: PendingTimer): boolean =>
  a.due < b.due || (a.due === b.due && a.sequence < b.sequence);

/** A binary min-heap: thousands of concurrent Waits stay O(log n) each. */
export class TimerHeap {
  private readonly items: PendingTimer[] = [];
  private live = 0;

  get size(): number {
    return this.live;
  }

  push(timer: PendingTimer): void {
    this.items.push(timer);
    this.live++;
    let index = this.items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(this.items[index]!, this.items[parent]!)) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  cancel(timer: PendingTimer): void {
    if (timer.cancelled) return;
    timer.cancelled = true;
    this.live--;
  }

  /** The earliest live timer, discarding cancelled ones on the way. */
  peek(): PendingTimer | undefined {
    while (this.items.length > 0 && this.items[0]!.cancelled) this.removeTop();
    return this.items[0];
  }

  pop(): PendingTimer | undefined {
    const top = this.peek();
    if (top) {
      this.removeTop();
      this.live--;
      // Cancelling a timer after it fired (a task's timeout timer in its `finally`) must not count it again:
      // a negative count hid every later timer from the clock, and the next Wait never ended.
      top.cancelled = true;
    }
    return top;
  }

  private removeTop(): void {
    const last = this.items.pop()!;
    if (this.items.length === 0) return;
    this.items[0] = last;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.items.length && before(this.items[left]!, this.items[smallest]!)) smallest = left;
      if (right < this.items.length && before(this.items[right]!, this.items[smallest]!)) smallest = right;
      if (smallest === index) return;
      this.swap(index, smallest);
      index = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const item = this.items[a]!;
    this.items[a] = this.items[b]!;
    this.items[b] = item;
  }
}
