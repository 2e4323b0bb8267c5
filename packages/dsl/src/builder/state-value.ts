import type { QueryLanguage } from "../asl/types.js";
import { CatcherNode, type RetrierNode } from "../ir/error-handling-nodes.js";
import { FragmentNode } from "../ir/fragment-node.js";
import { withFields } from "../ir/freeze.js";
import { type StateNode, TERMINAL_KINDS } from "../ir/state-nodes.js";
import {
  type JsonPathNode,
  type JsonPathRoot,
  type ObjectTemplateNode,
  type TemplateNode,
  ValueNode,
} from "../ir/value-nodes.js";
import { jsonPathRoot } from "../path/json-path-proxy.js";
import { jsonataRoot } from "../path/jsonata.js";
import { parseInputPath } from "../path/parse-json-path.js";
import { isPathRef, refNode } from "../path/refs.js";
import { toTemplate } from "../path/template.js";
import { at, BuilderError } from "./builder-error.js";
import { checkAfterAll, checkErrorList } from "./error-list.js";
import { type Retrier, retrierNode } from "./retry.js";
import { callRead, jsonataHelpers, jsonPathHelpers, type Scope } from "./scope.js";
import { FRAGMENT } from "./spec.js";
import { targetFragment } from "./target.js";

const NONE: readonly never[] = Object.freeze([]);

type Fields = Partial<{
  inputPath: JsonPathNode | null;
  outputPath: JsonPathNode | null;
  resultPath: JsonPathNode | null;
  resultSelector: TemplateNode;
  parameters: TemplateNode;
  output: TemplateNode;
  assign: ObjectTemplateNode;
  retry: readonly RetrierNode[];
  catch: readonly CatcherNode[];
}>;

/**
 * Base of every state value (kysely-style: public interfaces per state type, one implementation class whose
 * state never changes: its fields, which become its frozen IR node, its scope and its sub-graphs). Every method
 * returns a new value of the same class. The public interfaces expose only the fields a state type has in its
 * query language.
 */
export abstract class StateValue<N extends StateNode> {
  /*
   * Private fields, so nothing outside can change a value, and no freezing is needed (values are made at every
   * builder call). `#fields` is the open record of openFields, frozen into the state's IR node when the value
   * is first attached; `#fragment` is cached then, derived from the rest.
   */
  readonly #fields: N;
  readonly #scope: Scope;
  /** Sub-graphs: the Catch handlers' and Choice branches' fragments. */
  readonly #parts: readonly FragmentNode[];
  /** Open ends inside the parts (handlers and branches that continue). */
  readonly #ends: readonly StateNode[];
  #fragment: FragmentNode | undefined;

  constructor(
    fields: N,
    scope: Scope,
    parts: readonly FragmentNode[] = NONE,
    ends: readonly StateNode[] = NONE,
  ) {
    this.#fields = fields;
    this.#scope = scope;
    this.#parts = parts;
    this.#ends = ends;
  }

  get name(): string {
    return this.#fields.name;
  }

  /** The fields set so far, to read (never to change). */
  protected get fields(): Readonly<N> {
    return this.#fields;
  }

  protected get scope(): Scope {
    return this.#scope;
  }

  get [FRAGMENT](): FragmentNode {
    if (this.#fragment === undefined) {
      const node = Object.freeze(this.#fields) as N;
      const ends = this.#ends;
      this.#fragment = FragmentNode.of(
        node,
        this.#parts,
        TERMINAL_KINDS.has(node.kind) ? ends : ends.length === 0 ? [node] : [node, ...ends],
      );
    }
    return this.#fragment;
  }

  comment(text: string): this {
    return this.with({ comment: text } as Partial<N>);
  }

  inputPath(path: string | null): this {
    this.only("JSONPath", "InputPath", "In JSONata, read what you need with input.… in Arguments.");
    return this.set({ inputPath: this.literalPath("InputPath", path) });
  }

  outputPath(path: string | null): this {
    this.only("JSONPath", "OutputPath", "In JSONata, shape the output with output(…).");
    return this.set({ outputPath: this.literalPath("OutputPath", path) });
  }

  resultPath(path: string | null): this {
    this.only("JSONPath", "ResultPath", "In JSONata, combine input and result in output(…).");
    return this.set({ resultPath: this.literalPath("ResultPath", path) });
  }

  resultSelector(select: unknown): this {
    this.only("JSONPath", "ResultSelector", "In JSONata, reshape the result in output(…).");
    return this.set({ resultSelector: this.template("ResultSelector", select, "result") });
  }

  parameters(template: unknown): this {
    this.only("JSONPath", "Parameters", "In JSONata, use arguments(…).");
    return this.set({ parameters: this.template("Parameters", template) });
  }

  arguments(template: unknown): this {
    this.only("JSONata", "Arguments", "In JSONPath, use parameters(…).");
    return this.set({ parameters: this.template("Arguments", template) });
  }

  output(template: unknown): this {
    this.only("JSONata", "Output", "In JSONPath, use resultSelector/resultPath/outputPath.");
    return this.set({ output: this.template("Output", template, "input", this.resultRefs()) });
  }

  assign(template: unknown): this {
    return this.set({
      assign: this.objectTemplate("Assign", template, this.assignRoot(), this.resultRefs()),
    });
  }

  retry(retrier: Retrier<string>): this {
    const previous = (this.fields as Fields).retry ?? [];
    checkAfterAll(this.name, `Retry[${previous.length}]`, previous);
    return this.set({ retry: [...previous, retrierNode(this.name, previous.length, retrier)] });
  }

  catch(errors: readonly string[], handler: unknown): this {
    const previous = (this.fields as Fields).catch ?? [];
    const field = `Catch[${previous.length}]`;
    checkAfterAll(this.name, field, previous);
    const options = catchOptions(handler, this.where(field));
    if ("resultPath" in options)
      this.only("JSONPath", `${field}.ResultPath`, "In JSONata, shape it with output.");
    if (options.output !== undefined)
      this.only("JSONata", `${field}.Output`, "In JSONPath, place it with resultPath.");
    const fragment = targetFragment(this.scope, options.next, () => this.where(`${field}.Next`));
    const errorRefs = { errorOutput: jsonataRoot("errorOutput") };
    const catcher = CatcherNode.create({
      errors: checkErrorList(this.name, `${field}.ErrorEquals`, errors),
      next: fragment.entry,
      ...("resultPath" in options && {
        resultPath: this.literalPath(`${field}.ResultPath`, options.resultPath as string | null),
      }),
      ...(options.output !== undefined && {
        output: this.template(`${field}.Output`, options.output, "error", errorRefs),
      }),
      ...(options.assign !== undefined && {
        assign: this.objectTemplate(`${field}.Assign`, options.assign, "error", errorRefs),
      }),
      ...(options.comment !== undefined && { comment: options.comment }),
    });
    return this.withBranch({ catch: [...previous, catcher] } as unknown as Partial<N>, fragment);
  }

  protected set(fields: Fields): this {
    return this.with(fields as Partial<N>);
  }

  protected with(patch: Partial<N>): this {
    return this.make(withFields(this.#fields, patch), this.#parts, this.#ends);
  }

  /** `with`, and one more sub-graph (a Catch handler, a Choice branch), whose open ends become this state's. */
  protected withBranch(patch: Partial<N>, branch: FragmentNode): this {
    const ends = branch.ends.length === 0 ? this.#ends : [...this.#ends, ...branch.ends];
    return this.make(withFields(this.#fields, patch), [...this.#parts, branch], ends);
  }

  // Parts and ends are frozen when the value is attached (FragmentNode.of), not at every step.
  private make(fields: N, parts: readonly FragmentNode[], ends: readonly StateNode[]): this {
    const Value = this.constructor as new (
      fields: N,
      scope: Scope,
      parts: readonly FragmentNode[],
      ends: readonly StateNode[],
    ) => this;
    return new Value(fields, this.#scope, parts, ends);
  }

  /** What JSONPath `$` means in Assign: the result for states that have one, else the input. */
  protected assignRoot(): JsonPathRoot {
    return "input";
  }

  /** JSONata references only some fields may read (`$states.result`); none by default. */
  protected resultRefs(): object | undefined {
    return undefined;
  }

  protected get language(): QueryLanguage {
    return this.scope.language;
  }

  protected where(field: string): string {
    return at(this.fields.name, field);
  }

  /** Refuses a field of the other query language, naming the one to use instead. */
  protected only(language: QueryLanguage, field: string, instead: string): void {
    if (this.language !== language) {
      throw new BuilderError(
        this.where(field),
        `${field} exists only in ${language} states; this state uses ${this.language}`,
        instead,
      );
    }
  }

  /** A literal path (`"$.a.b"`) or `null`, relative to `root`. */
  protected literalPath(
    field: string,
    path: string | null,
    root: JsonPathRoot = "input",
  ): JsonPathNode | null {
    if (path === null) return null;
    if (typeof path !== "string") {
      throw new BuilderError(
        this.where(field),
        'expects a path like "$.field" or null',
        'Write e.g. "$.order".',
      );
    }
    return ValueNode.path(root, parseInputPath(path, this.where(field)));
  }

  /** A path from a `$ => $.x` callback or a reference. */
  protected readPath(field: string, read: unknown): JsonPathNode {
    const value = callRead<unknown>(this.scope, read);
    const node = refNode(value);
    if (!isPathRef(value) || node?.kind !== "json-path") {
      throw new BuilderError(
        this.where(field),
        "expects a path reference",
        "Return a path, e.g. $ => $.delaySeconds.",
      );
    }
    return node;
  }

  protected objectTemplate(
    field: string,
    value: unknown,
    root: JsonPathRoot,
    extra?: object,
  ): ObjectTemplateNode {
    const node = this.template(field, value, root, extra);
    if (node.kind !== "object-template") {
      throw new BuilderError(
        this.where(field),
        "expects an object of variables",
        "Return { name: value, … }.",
      );
    }
    return node;
  }

  /** A template from a callback or a value, in this state's language. */
  protected template(
    field: string,
    value: unknown,
    root: JsonPathRoot = "input",
    extra?: object,
  ): TemplateNode {
    const built = typeof value === "function" ? callWith(this.scope, value, root, extra) : value;
    return toTemplate(built, this.language, this.where(field));
  }
}

/** Calls a template callback; JSONata callbacks get extra references such as `result` or `errorOutput`. */
function callWith(scope: Scope, read: unknown, root: JsonPathRoot, extra?: object): unknown {
  if (scope.language === "JSONata") {
    return (read as (helpers: object) => unknown)({ ...jsonataHelpers(), ...extra });
  }
  return (read as ($: unknown, helpers: object) => unknown)(jsonPathRoot(root), jsonPathHelpers());
}

interface CatchOptions {
  readonly next: unknown;
  readonly resultPath?: unknown;
  readonly output?: unknown;
  readonly assign?: unknown;
  readonly comment?: string;
}

function catchOptions(handler: unknown, where: string): CatchOptions {
  const isOptions =
    typeof handler === "object" &&
    handler !== null &&
    !(FRAGMENT in handler) &&
    "next" in (handler as object);
  if (!isOptions) return { next: handler };
  const options = handler as CatchOptions;
  if (options.next === undefined) {
    throw new BuilderError(where, "the catcher has no next", "Add next: a state or f => f.next(…).");
  }
  return options;
}
