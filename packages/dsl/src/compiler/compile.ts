import { z } from "zod";
import type { AslDefinition, AslState, AslStateMachine } from "../asl/types.js";
import { BuilderError } from "../builder/builder-error.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { placeholdersIn } from "../integrations/placeholder.js";
import type { FragmentNode } from "../ir/fragment-node.js";
import type { MachineNode } from "../ir/machine-node.js";
import { MACHINE, type StateMachine } from "../machine/machine.js";
import type { SchemaLike } from "../typing/schema.js";
import { validateDefinition } from "../validate/index.js";
import { buildScope, NameRegistry } from "./graph.js";
import { renderState } from "./render-states.js";

export interface CompileOptions {
  /** Check that Resource fields are ARNs (default true). */
  readonly checkArn?: boolean;
}

export interface CompileResult {
  readonly definition: AslDefinition;
  /** Deterministic: fixed field order, 2-space indent, trailing newline. */
  readonly json: string;
  /** The compiler's own findings, then the validator's (asl-validator and semantic checks). */
  readonly diagnostics: readonly Diagnostic[];
  /** No diagnostic with severity "error". */
  readonly ok: boolean;
  /** The JSON Schema of the machine's input (zod's toJSONSchema), when it declares one. */
  readonly inputSchema?: object;
  /** `${Name}` definition substitutions the definition expects at deploy time. */
  readonly placeholders: readonly string[];
}

/** Compiles a machine to ASL and validates the JSON text it emitted. */
export function compile(machine: StateMachine, options: CompileOptions = {}): CompileResult {
  const node = (machine as Partial<StateMachine> | undefined)?.[MACHINE];
  if (node?.kind !== "machine") {
    throw new BuilderError(
      "compile()",
      "expects a state machine built with machine()",
      "Pass machine(name, options, flow => …).",
    );
  }
  const diagnostics: Diagnostic[] = [];
  const json = `${JSON.stringify(renderMachine(node, diagnostics), null, 2)}\n`;
  // Validate what was emitted, parsed back: no undefined, no shared objects, exactly what AWS would receive.
  const validation = validateDefinition(JSON.parse(json), { checkArn: options.checkArn !== false });
  // Where the builder's graph found a problem, it says it in the DSL's terms (goto, attach): the validator's
  // finding on the same field says the same in ASL's, once is enough.
  const located = new Set(diagnostics.map(where));
  const all = [...diagnostics, ...validation.diagnostics.filter((found) => !located.has(where(found)))];
  const inputSchema = machine.inputSchema === undefined ? undefined : schemaOf(machine.inputSchema, all);
  return Object.freeze({
    definition: JSON.parse(json) as AslDefinition,
    json,
    diagnostics: Object.freeze(all),
    ok: !all.some((diagnostic) => diagnostic.severity === "error"),
    ...(inputSchema !== undefined && { inputSchema }),
    placeholders: Object.freeze(placeholdersIn(json)),
  });
}

/** Rendering alone, without validation. Internal (not re-exported): bench/core.ts times it on its own. */
export function renderMachine(node: MachineNode, diagnostics: Diagnostic[]): AslDefinition {
  const names = new NameRegistry();
  const renderScope = (fragment: FragmentNode, scope: string): AslStateMachine => {
    const graph = buildScope(fragment, scope, names, diagnostics);
    const states: Record<string, AslState> = {};
    for (let index = 0; index < graph.states.length; index++) {
      const state = graph.states[index]!;
      const inputPath =
        state.queryLanguage === "JSONPath" && state.inputPath ? state.inputPath.legs : undefined;
      states[state.name] = renderState(state, {
        context: { state: state.name, language: state.queryLanguage, inputPath, diagnostics },
        machineLanguage: node.queryLanguage,
        next: graph.next.get(state)?.name,
        scope: renderScope,
      });
    }
    return { StartAt: graph.start.name, States: states };
  };
  const root = renderScope(node.root, "the top level");
  return {
    ...(node.comment !== undefined && { Comment: node.comment }),
    ...(node.queryLanguage === "JSONata" && { QueryLanguage: "JSONata" as const }),
    ...root,
    ...(node.timeoutSeconds !== undefined && { TimeoutSeconds: node.timeoutSeconds }),
    ...(node.version !== undefined && { Version: node.version }),
  };
}

function schemaOf(schema: SchemaLike, diagnostics: Diagnostic[]): object | undefined {
  try {
    return z.toJSONSchema(schema as z.ZodType, { unrepresentable: "any" }) as object;
  } catch (error) {
    diagnostics.push({
      severity: "warning",
      kind: "fails-at-run-time",
      state: null,
      field: "input",
      message: `the input schema has no JSON Schema form (${error instanceof Error ? error.message : String(error)})`,
      hint: "Use JSON-representable zod types for the machine input.",
    });
    return undefined;
  }
}

const where = (diagnostic: Diagnostic): string => `${diagnostic.state}\u0000${diagnostic.field}`;
