import type { Engine, MockConfigFile } from "@statesmith/local";
import type { ArnScope } from "./arn.js";
import type { ExecutionStore } from "./store/execution-store.js";
import type { MachineStore } from "./store/machine-store.js";

/** What every action works with: one engine, the machines and executions held in memory. */
export interface ServerContext {
  readonly scope: ArnScope;
  readonly engine: Engine;
  readonly machines: MachineStore;
  readonly executions: ExecutionStore;
  readonly mockConfig: MockConfigFile | undefined;
  /** How long an Express execution may run (AWS: 300 seconds). */
  readonly expressLimitSeconds: number;
  /**
   * A fresh engine for one TestState call: the same handlers and Lambda / DynamoDB endpoints, its own mocks and
   * no waiting, so that testing a state neither waits nor leaves a machine behind in the shared engine.
   */
  readonly isolatedEngine: (mockConfig?: MockConfigFile) => Engine;
  /** Where the server reports what the client does not see (load warnings, internal errors). */
  readonly log: (line: string) => void;
  /** One line per request and per closed Express execution, when asked for (`--verbose`). */
  readonly trace: (line: string) => void;
}
