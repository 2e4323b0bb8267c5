import type { LoadedMachine } from "@statesmith/local";
import type { MachineType } from "../arn.js";
import type { WireObject } from "../protocol/wire.js";

/** One state machine as CreateStateMachine / UpdateStateMachine left it. Replaced, never edited. */
export interface MachineRecord {
  readonly arn: string;
  readonly name: string;
  readonly type: MachineType;
  /** The definition text exactly as sent, which DescribeStateMachine returns. */
  readonly definition: string;
  readonly roleArn: string;
  readonly loaded: LoadedMachine;
  readonly creationDate: Date;
  /** Creation or last update: DescribeStateMachineForExecution's `updateDate`. */
  readonly updateDate: Date;
  readonly loggingConfiguration: WireObject;
  readonly tracingConfiguration: WireObject;
  readonly tags: ReadonlyMap<string, string>;
  /** Creation order, for stable ListStateMachines pages. */
  readonly sequence: number;
}

/** State machines by ARN, in creation order. */
export class MachineStore {
  private readonly byArn = new Map<string, MachineRecord>();
  private nextSequence = 1;

  get(arn: string): MachineRecord | undefined {
    return this.byArn.get(arn);
  }

  sequence(): number {
    return this.nextSequence++;
  }

  put(record: MachineRecord): void {
    this.byArn.set(record.arn, Object.freeze(record));
  }

  delete(arn: string): void {
    this.byArn.delete(arn);
  }

  list(): readonly MachineRecord[] {
    return [...this.byArn.values()].sort((a, b) => a.sequence - b.sequence);
  }
}
