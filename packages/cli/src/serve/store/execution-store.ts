import type { Execution, ExecutionResult } from "@statesmith/local";
import type { MachineRecord } from "./machine-store.js";

/** A STANDARD execution: what DescribeExecution, ListExecutions and GetExecutionHistory read. */
export interface ExecutionRecord {
  readonly arn: string;
  readonly name: string;
  readonly machineArn: string;
  /** The machine as it was when the execution started (DescribeStateMachineForExecution). */
  readonly machine: MachineRecord;
  /** The input text as sent; `canonicalInput` is what idempotent StartExecution compares. */
  readonly input: string;
  readonly canonicalInput: string;
  readonly traceHeader: string | undefined;
  readonly execution: Execution;
  readonly sequence: number;
  /** Set once the execution has finished. */
  result: ExecutionResult | undefined;
}

/**
 * STANDARD executions, in start order. AWS keeps closed executions for 90 days; this server keeps the most
 * recent `maxFinished` closed ones (running executions are never dropped), so memory stays bounded under load.
 */
export class ExecutionStore {
  private readonly byArn = new Map<string, ExecutionRecord>();
  private readonly finished: string[] = [];
  private nextSequence = 1;

  constructor(private readonly maxFinished: number) {}

  get(arn: string): ExecutionRecord | undefined {
    return this.byArn.get(arn);
  }

  add(record: Omit<ExecutionRecord, "sequence" | "result">): ExecutionRecord {
    const stored: ExecutionRecord = { ...record, sequence: this.nextSequence++, result: undefined };
    this.byArn.set(stored.arn, stored);
    void stored.execution.result.then((result) => this.finish(stored, result));
    return stored;
  }

  /** Newest first, as ListExecutions returns them. */
  ofMachine(machineArn: string): ExecutionRecord[] {
    return [...this.byArn.values()].filter((record) => record.machineArn === machineArn).reverse();
  }

  running(machineArn: string): ExecutionRecord[] {
    return this.ofMachine(machineArn).filter((record) => record.execution.status() === "RUNNING");
  }

  private finish(record: ExecutionRecord, result: ExecutionResult): void {
    record.result = result;
    this.finished.push(record.arn);
    while (this.finished.length > this.maxFinished) {
      const oldest = this.finished.shift();
      if (oldest !== undefined) this.byArn.delete(oldest);
    }
  }
}
