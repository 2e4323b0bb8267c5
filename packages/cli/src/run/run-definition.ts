import type { Diagnostic } from "@statesmith/dsl";
import type { Engine, EngineOptions, Execution, ExecutionResult, MockConfigFile } from "@statesmith/local";
import { UserError } from "../cli/errors.js";
import type { Io } from "../cli/io.js";
import { reportStrayErrors } from "../cli/stray-errors.js";
import { diagnosticLine } from "../format/diagnostic-line.js";
import { errorText } from "../load/typescript-module.js";
import { loadHandlers } from "./handlers.js";
import { readInput } from "./input.js";
import { readJsonFile } from "./json-file.js";
import { type MockSelection, selectTestCase } from "./mock-config.js";
import { runJson } from "./result-json.js";

export interface RunRequest {
  readonly file: string;
  /** The machine's name for the engine when no mock config names it: the file name stem. */
  readonly name: string;
  readonly input?: string;
  readonly mock?: { readonly file: string; readonly testCase: string };
  readonly stateMachine?: string;
  readonly handlers?: string;
  /** Values for the definition's `${Name}` placeholders. */
  readonly substitutions?: Readonly<Record<string, string>>;
  readonly json: boolean;
}

/** Everything is read and checked before the engine starts, so that a bad argument never leaves one running. */
export async function runDefinition(
  request: RunRequest,
  io: Io,
): Promise<ExecutionResult["status"] | "REFUSED"> {
  const definition = readJsonFile(request.file, io.cwd, "the definition");
  const input = readInput(request.input, io.cwd);
  const mockConfig = request.mock ? readJsonFile(request.mock.file, io.cwd, "the mock config") : undefined;
  const selection: MockSelection | undefined =
    request.mock && mockConfig !== undefined
      ? selectTestCase(mockConfig, request.mock.file, request.mock.testCase, request.stateMachine)
      : undefined;
  const handlers = request.handlers === undefined ? undefined : await loadHandlers(request.handlers, io.cwd);
  const options: EngineOptions = {
    ...(handlers ? { handlers } : {}),
    ...(request.substitutions ? { substitutions: request.substitutions } : {}),
    // Checked by selectTestCase for the names it needs; the engine checks the rest of the format.
    ...(mockConfig !== undefined ? { mockConfig: mockConfig as unknown as MockConfigFile } : {}),
    // Findings AWS accepts but that fail at run time: the run goes on, as it would on AWS.
    onWarning: (diagnostic: Diagnostic) => io.stderr(`${diagnosticLine(request.file, diagnostic)}\n`),
  };
  // The engine (and its DynamoDB and Lambda clients) loads only once every argument has been checked.
  const local = await import("@statesmith/local");
  let engine: Engine;
  try {
    engine = local.createEngine(options);
  } catch (error) {
    // A mock config the engine cannot read (MockConfigError) says what is wrong with it.
    throw new UserError(`${request.mock?.file ?? request.file}: ${errorText(error)}`, 2);
  }
  // Until the process has nothing left to do: a timer a handler left behind may fire after the trace is out.
  process.once("beforeExit", reportStrayErrors(io, "run"));
  try {
    return await execute(engine, request, definition, input, selection, local.formatTrace, io);
  } finally {
    await engine.close();
  }
}

async function execute(
  engine: Engine,
  request: RunRequest,
  definition: unknown,
  input: Parameters<Engine["run"]>[1],
  selection: MockSelection | undefined,
  formatTrace: (result: ExecutionResult) => string,
  io: Io,
): Promise<ExecutionResult["status"] | "REFUSED"> {
  let machine: ReturnType<Engine["load"]>;
  try {
    machine = engine.load(definition, { name: selection?.stateMachineName ?? request.name });
  } catch (error) {
    const diagnostics = refusedDiagnostics(error);
    if (diagnostics === undefined) throw new UserError(`${request.file}: ${errorText(error)}`);
    for (const diagnostic of diagnostics) io.stderr(`${diagnosticLine(request.file, diagnostic)}\n`);
    io.stderr(`statesmith run: ${request.file}: refused before running (AWS would refuse this definition)\n`);
    return "REFUSED";
  }
  let execution: Execution;
  try {
    execution = engine.start(machine, input, selection ?? {});
  } catch (error) {
    // StartExecution-level refusals (input that is not JSON, an unknown test case…): no execution ran.
    throw new UserError(`${request.file}: ${errorText(error)}`);
  }
  const result = await untilSettledOrStuck(execution, io);
  io.stdout(request.json ? `${JSON.stringify(runJson(result), null, 2)}\n` : `${formatTrace(result)}\n`);
  return result.status;
}

const STUCK_CAUSE =
  "Nothing in this process can move the execution on: it waits for a task token that no one can send here " +
  "(.waitForTaskToken) or for a handler whose promise never settles.";

/**
 * In a one-shot run nobody can call SendTaskSuccess, and a handler promise that never settles holds the virtual
 * clock still: node would then exit silently (code 13) with the execution still RUNNING. When the event loop
 * runs dry ("beforeExit") the execution is stopped instead, so that the user sees where it was stuck.
 */
async function untilSettledOrStuck(execution: Execution, io: Io): Promise<ExecutionResult> {
  const onIdle = () => {
    if (execution.status() !== "RUNNING") return;
    io.stderr(
      "statesmith run: stopped the execution, which nothing in this process can move on (see its cause)\n",
    );
    execution.stop("States.Runtime", STUCK_CAUSE);
  };
  process.on("beforeExit", onIdle);
  try {
    return await execution.result;
  } finally {
    process.off("beforeExit", onIdle);
  }
}

/** DefinitionRefusedError carries the validator's diagnostics; recognised by shape, not by class identity. */
function refusedDiagnostics(error: unknown): readonly Diagnostic[] | undefined {
  const diagnostics = (error as { diagnostics?: unknown } | null)?.diagnostics;
  return Array.isArray(diagnostics) ? (diagnostics as Diagnostic[]) : undefined;
}
