import type { QueryLanguage } from "../asl/types.js";
import { ChoiceRuleNode } from "../ir/choice-rule-node.js";
import { ConditionNode } from "../ir/condition-nodes.js";
import { openFields } from "../ir/freeze.js";
import type { ChoiceNode } from "../ir/state-nodes.js";
import { type JsonataRefNode, ValueNode } from "../ir/value-nodes.js";
import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import { type Expr, isExpr, refNode } from "../path/refs.js";
import type { Resolved } from "../path/template.js";
import type { Empty } from "../typing/empty.js";
import type { AssignVars, CommonFields } from "../typing/place.js";
import type { CheckPath } from "../typing/resolve.js";
import { BuilderError } from "./builder-error.js";
import type { ResultPathLegs } from "./catch-types.js";
import { type Condition, conditionNode } from "./conditions.js";
import type { EffectiveInput, PassthroughSpec } from "./passthrough-types.js";
import { callRead, type JsonataHelpers, type JsonPathHelpers, type Scope } from "./scope.js";
import type {
  AddAssigned,
  ApplyRule,
  Attachable,
  JoinEnd,
  SetInputPath,
  SetOutput,
  SetOutputPath,
  StateSpec,
} from "./spec.js";
import { StateValue } from "./state-value.js";
import {
  type BranchBuilder,
  type TargetData,
  type TargetDone,
  type TargetState,
  type TargetVars,
  targetFragment,
} from "./target.js";

/** What each branch receives: the Choice's output for its declared input. */
export type ChoiceData<S extends StateSpec> = ApplyRule<S["rule"], S["input"]>;
type Branches<S extends StateSpec> = AssignVars<S["vars"], S["assigned"]>;

/** The spec once a branch is added: its open ends become the Choice's; variables keep what every branch sets. */
type WithBranch<S extends StateSpec, F, S2 extends StateSpec, C, V> =
  TargetData<F, S2, C> extends infer Data
    ? JoinEnd<
        S,
        Data,
        [Data] extends [never]
          ? S["assigned"]
          : [S["extra"]] extends [never]
            ? TargetVars<F, S2, V>
            : CommonFields<S["assigned"], TargetVars<F, S2, V>>,
        false,
        TargetDone<F, S2, C>
      >
    : never;

type JsonPathCondition<S extends StateSpec> =
  | Condition
  | (($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => Condition);
interface JsonPathRuleOptions<S extends StateSpec, A> {
  readonly comment?: string;
  readonly assign?: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => A;
}

/*
 * `when` and `otherwise` take a branch callback or a state value as two signatures, not one parameter typed
 * as their union, for the reason given at `Flow.next`.
 */

/** A JSONPath Choice: rules in order, then the Default. Choice has no Next: nothing can follow it directly. */
export interface JsonPathChoice<in out S extends StateSpec, in out E extends string> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** Call before `when`: the branches receive the selected part. */
  inputPath<const P extends string | null>(
    path: P extends string ? CheckPath<S["input"], P> : null,
  ): JsonPathChoice<SetInputPath<S, ResultPathLegs<P>>, E>;
  outputPath<const P extends string | null>(
    path: P extends string ? CheckPath<EffectiveInput<S>, P> : null,
  ): JsonPathChoice<SetOutputPath<S, ResultPathLegs<P>>, E>;
  /** State-level Assign (applied whichever rule matches); `$` is the input. */
  assign<A>(
    build: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => A,
  ): JsonPathChoice<AddAssigned<S, Resolved<A>>, E>;
  /** A rule: `when($ => numericGreaterThan($.total, 100), review)` or `when(…, f => f.next(…))`. */
  when<F = never, A = Empty>(
    condition: JsonPathCondition<S>,
    next: BranchBuilder<ChoiceData<S>, Branches<S>, "JSONPath", E, F>,
    options?: JsonPathRuleOptions<S, A>,
  ): JsonPathChoice<WithBranch<S, F, never, ChoiceData<S>, Branches<S>>, E>;
  when<S2 extends StateSpec = never, A = Empty>(
    condition: JsonPathCondition<S>,
    next: TargetState<ChoiceData<S>, Branches<S>, S2>,
    options?: JsonPathRuleOptions<S, A>,
  ): JsonPathChoice<WithBranch<S, never, S2, ChoiceData<S>, Branches<S>>, E>;
  /** The Default, taken when no rule matches (without it: States.NoChoiceMatched). */
  otherwise<F = never>(
    next: BranchBuilder<ChoiceData<S>, Branches<S>, "JSONPath", E, F>,
  ): JsonPathChoice<WithBranch<S, F, never, ChoiceData<S>, Branches<S>>, E>;
  otherwise<S2 extends StateSpec = never>(
    next: TargetState<ChoiceData<S>, Branches<S>, S2>,
  ): JsonPathChoice<WithBranch<S, never, S2, ChoiceData<S>, Branches<S>>, E>;
}

type JsonataData<S extends StateSpec, O> = unknown extends O ? ChoiceData<S> : Resolved<O>;
type JsonataCondition<S extends StateSpec> =
  | Expr<boolean>
  | ((helpers: JsonataHelpers<S["input"], S["vars"]>) => Expr<boolean>);
interface JsonataRuleOptions<S extends StateSpec, O, A> {
  readonly comment?: string;
  readonly output?: (helpers: JsonataHelpers<S["input"], S["vars"]>) => O;
  readonly assign?: (helpers: JsonataHelpers<S["input"], S["vars"]>) => A;
}

/** A JSONata Choice: `Condition` rules, each may shape its own Output and Assign. */
export interface JsonataChoice<in out S extends StateSpec, in out E extends string> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** Call before `when`: the output every branch receives unless a rule sets its own. */
  output<O>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => O,
  ): JsonataChoice<SetOutput<S, Resolved<O>>, E>;
  assign<A>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => A,
  ): JsonataChoice<AddAssigned<S, Resolved<A>>, E>;
  when<O = unknown, F = never, A = Empty>(
    condition: JsonataCondition<S>,
    next: BranchBuilder<JsonataData<S, O>, Branches<S>, "JSONata", E, F>,
    options?: JsonataRuleOptions<S, O, A>,
  ): JsonataChoice<WithBranch<S, F, never, JsonataData<S, O>, Branches<S>>, E>;
  when<O = unknown, S2 extends StateSpec = never, A = Empty>(
    condition: JsonataCondition<S>,
    next: TargetState<JsonataData<S, O>, Branches<S>, S2>,
    options?: JsonataRuleOptions<S, O, A>,
  ): JsonataChoice<WithBranch<S, never, S2, JsonataData<S, O>, Branches<S>>, E>;
  otherwise<F = never>(
    next: BranchBuilder<ChoiceData<S>, Branches<S>, "JSONata", E, F>,
  ): JsonataChoice<WithBranch<S, F, never, ChoiceData<S>, Branches<S>>, E>;
  otherwise<S2 extends StateSpec = never>(
    next: TargetState<ChoiceData<S>, Branches<S>, S2>,
  ): JsonataChoice<WithBranch<S, never, S2, ChoiceData<S>, Branches<S>>, E>;
}

export type ChoiceOf<L extends QueryLanguage, S extends StateSpec, E extends string> = L extends "JSONata"
  ? JsonataChoice<S, E>
  : JsonPathChoice<S, E>;
export type ChoiceSpec<In, V> = PassthroughSpec<In, V, false>;

export class ChoiceValue extends StateValue<ChoiceNode> {
  static create(scope: Scope, name: string): ChoiceValue {
    const fields: ChoiceNode = openFields({
      kind: "choice",
      name,
      queryLanguage: scope.language,
      rules: [],
    });
    return new ChoiceValue(fields, scope);
  }

  override inputPath(path: string | null): this {
    this.beforeRules("InputPath");
    return super.inputPath(path);
  }

  override output(template: unknown): this {
    this.beforeRules("Output");
    return super.output(template);
  }

  when(
    condition: unknown,
    next: unknown,
    options?: { comment?: string; assign?: unknown; output?: unknown },
  ): this {
    const index = this.fields.rules.length;
    // Field names are spelled out only for a message (rules are written in loops).
    const field = `Choices[${index}]`;
    if (options?.output !== undefined)
      this.only("JSONata", `${field}.Output`, "In JSONPath, use outputPath().");
    const fragment = targetFragment(this.scope, next, () => this.where(`${field}.Next`));
    const test = this.condition(condition, field);
    const rule =
      options === undefined
        ? ChoiceRuleNode.plain(test, fragment.entry)
        : ChoiceRuleNode.create({
            condition: test,
            next: fragment.entry,
            ...(options.comment !== undefined && { comment: options.comment }),
            ...(options.assign !== undefined && {
              assign: this.objectTemplate(`${field}.Assign`, options.assign, "input"),
            }),
            ...(options.output !== undefined && {
              output: this.template(`${field}.Output`, options.output),
            }),
          });
    return this.withBranch({ rules: [...this.fields.rules, rule] }, fragment);
  }

  otherwise(next: unknown): this {
    if (this.fields.default !== undefined) {
      throw new BuilderError(this.where("Default"), "already has a Default", "Call otherwise() once.");
    }
    const fragment = targetFragment(this.scope, next, () => this.where("Default"));
    return this.withBranch({ default: fragment.entry }, fragment);
  }

  /** The rule's condition; `rule` is the rule's field (`Choices[0]`). */
  private condition(condition: unknown, rule: string): ConditionNode {
    const value = typeof condition === "function" ? callRead<unknown>(this.scope, condition) : condition;
    const field = () => this.where(`${rule}.Condition`);
    if (this.language === "JSONata") {
      if (!isExpr(value)) {
        throw new BuilderError(field(), "expects a JSONata expression", "Return e.g. gt(input.total, 100).");
      }
      const node = refNode(value)!;
      return ConditionNode.jsonata(
        node.kind === "jsonata" ? node : ValueNode.jsonata([node as JsonataRefNode]),
      );
    }
    return conditionNode(value, field);
  }

  private beforeRules(field: string): void {
    if (this.fields.rules.length > 0) {
      throw new BuilderError(
        this.where(field),
        "must be set before the first when(), whose branch was typed by the data before it",
        `Call ${field === "InputPath" ? "inputPath" : "output"}() first.`,
      );
    }
  }
}
