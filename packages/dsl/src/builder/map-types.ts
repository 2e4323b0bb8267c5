import type { ContextObject } from "../path/context-object.js";
import type { JsonPath, JsonPathRootRef } from "../path/json-path-proxy.js";
import type { JsonataRef } from "../path/jsonata.js";
import type { Expr, PathRef } from "../path/refs.js";
import type { Resolved } from "../path/template.js";
import type { Empty } from "../typing/empty.js";
import type { ApplyResultPath, Select } from "../typing/place.js";
import type { CheckPath } from "../typing/resolve.js";
import type { SchemaLike, SchemaOutput } from "../typing/schema.js";
import type {
  CatchVars,
  CheckResultPath,
  JsonataCatchData,
  JsonataCatchHandler,
  JsonPathCatchData,
  JsonPathCatchHandler,
  ResultPathLegs,
  WithCatch,
} from "./catch-types.js";
import type { ErrorList } from "./error-names.js";
import type { Flow, FlowLike, FlowOutput } from "./flow.js";
import type { Retrier } from "./retry.js";
import type { JsonataHelpers, JsonataResultHelpers, JsonPathHelpers } from "./scope.js";
import type {
  AddAssigned,
  Attachable,
  ReplaceRule,
  SetInputPath,
  SetOutput,
  SetOutputPath,
  SetResult,
  SetResultPath,
  Spec,
  StateSpec,
} from "./spec.js";

/** The Map's spec when created: its result (the processor outputs) replaces the input. */
export type MapSpec<In, V> = Spec<In, V, ReplaceRule<unknown[]>, Empty, never, true>;

/** Items of the effective input when no ItemsPath is given. */
export type DefaultItem<S extends StateSpec> =
  Select<S["input"], S["rule"]["inputPath"]> extends readonly (infer T)[] ? T : unknown;

/** A distributed Map's child executions cannot read the outer variables. */
export type ProcessorVars<S extends StateSpec, Mode> = Mode extends "DISTRIBUTED" ? Empty : S["vars"];

/** With a ResultWriter, the result is where the results were written. */
export interface ResultWriterOutput {
  readonly MapRunArn: string;
  readonly ResultWriterDetails: { readonly Bucket: string; readonly Key: string };
}

export interface ReaderConfig<N> {
  readonly inputType?: "CSV" | "JSON" | "JSONL" | "MANIFEST" | "PARQUET";
  readonly csvHeaderLocation?: "FIRST_ROW" | "GIVEN";
  readonly csvHeaders?: readonly string[];
  readonly csvDelimiter?: "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";
  readonly manifestType?: "S3_INVENTORY" | "ATHENA_DATA";
  readonly maxItems?: N;
}

/** Where a distributed Map reads its items (S3). `item` states the item type (default `unknown`). */
export interface ItemReader<In, V, Sch, L> {
  readonly resource: string;
  readonly parameters?: L extends "JSONata"
    ? (helpers: JsonataHelpers<In, V>) => unknown
    : ($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => unknown;
  readonly readerConfig?: ReaderConfig<
    L extends "JSONata"
      ? number | ((helpers: JsonataHelpers<In, V>) => Expr<number>)
      : number | (($: JsonPathRootRef<In>) => PathRef<number>)
  >;
  readonly item?: Sch;
}

export interface ItemBatcher<In, V, B, L> {
  readonly maxItemsPerBatch?: L extends "JSONata"
    ? number | ((helpers: JsonataHelpers<In, V>) => Expr<number>)
    : number | (($: JsonPathRootRef<In>) => PathRef<number>);
  readonly maxInputBytesPerBatch?: L extends "JSONata"
    ? number | ((helpers: JsonataHelpers<In, V>) => Expr<number>)
    : number | (($: JsonPathRootRef<In>) => PathRef<number>);
  readonly batchInput?: L extends "JSONata"
    ? (helpers: JsonataHelpers<In, V>) => B
    : ($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => B;
}

export interface ResultWriter<In, V, L> {
  readonly resource?: string;
  readonly parameters?: L extends "JSONata"
    ? (helpers: JsonataHelpers<In, V>) => unknown
    : ($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => unknown;
  readonly writerConfig?: {
    readonly outputType?: "JSON" | "JSONL";
    readonly transformation?: "NONE" | "COMPACT" | "FLATTEN";
  };
}

export type ItemOf<Sch> = SchemaOutput<Sch>;
export type Batch<Item, B> = { readonly Items: Item[] } & ([B] extends [never]
  ? Empty
  : { readonly BatchInput: Resolved<B> });

/** ItemSelector callbacks also read the current item and its index (`$$.Map.Item.Value` / `.Index`). */
export interface JsonPathItemHelpers<V, Item> extends JsonPathHelpers<V> {
  readonly item: JsonPath<Item>;
  readonly index: JsonPath<number>;
}
export interface JsonataItemHelpers<In, V, Item> extends JsonataHelpers<In, V> {
  readonly item: JsonataRef<Item>;
  readonly index: JsonataRef<number>;
}

type DynamicNumber<In> = number | (($: JsonPathRootRef<In>) => PathRef<number>);
type Mode = "INLINE" | "DISTRIBUTED";

/** A JSONPath Map, inline or distributed. Configure items first; `processor` last among the item settings. */
export interface JsonPathMap<
  in out S extends StateSpec,
  in out Item,
  in out E extends string,
  in out M extends Mode,
> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  inputPath<const Q extends string | null>(
    path: Q extends string ? CheckPath<S["input"], Q> : null,
  ): JsonPathMap<SetInputPath<S, ResultPathLegs<Q>>, Item, E, M>;
  /** ItemsPath: the array to iterate. */
  items<T>(
    read: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => PathRef<readonly T[]>,
  ): JsonPathMap<S, T, E, M>;
  /** What each iteration receives. */
  itemSelector<T>(
    build: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathItemHelpers<S["vars"], Item>) => T,
  ): JsonPathMap<S, Resolved<T>, E, M>;
  /** Distributed: read the items from S3. */
  itemReader<Sch extends SchemaLike | undefined = undefined>(
    reader: ItemReader<S["input"], S["vars"], Sch, "JSONPath">,
  ): JsonPathMap<S, ItemOf<Sch>, E, "DISTRIBUTED">;
  /** Distributed: iterations receive batches `{ Items, BatchInput }`. */
  itemBatcher<B = never>(
    batcher: ItemBatcher<S["input"], S["vars"], B, "JSONPath">,
  ): JsonPathMap<S, Batch<Item, B>, E, M>;
  resultWriter(
    writer: ResultWriter<S["input"], S["vars"], "JSONPath">,
  ): JsonPathMap<SetResult<S, ResultWriterOutput>, Item, E, M>;
  /** ProcessorConfig DISTRIBUTED: each item runs as a child execution. */
  distributed(config?: {
    readonly executionType?: "STANDARD" | "EXPRESS";
  }): JsonPathMap<S, Item, E, "DISTRIBUTED">;
  maxConcurrency(limit: DynamicNumber<S["input"]>): this;
  toleratedFailureCount(count: DynamicNumber<S["input"]>): this;
  toleratedFailurePercentage(percentage: DynamicNumber<S["input"]>): this;
  label(label: string): this;
  /** The steps run for each item. Inline iterations see the outer variables; distributed ones do not. */
  processor<F extends FlowLike<unknown, unknown> = never>(
    build: (flow: Flow<Item, ProcessorVars<S, M>, "JSONPath", E>) => F,
  ): JsonPathMap<
    S["rule"]["result"] extends ResultWriterOutput ? S : SetResult<S, FlowOutput<F>[]>,
    Item,
    E,
    M
  >;
  resultSelector<T>(
    select: ($: JsonPathRootRef<S["rule"]["result"]>, helpers: JsonPathHelpers<S["vars"]>) => T,
  ): JsonPathMap<SetResult<S, Resolved<T>>, Item, E, M>;
  resultPath<const Q extends string | null>(
    path: CheckResultPath<Q>,
  ): JsonPathMap<SetResultPath<S, ResultPathLegs<Q>>, Item, E, M>;
  outputPath<const Q extends string | null>(
    path: Q extends string
      ? CheckPath<ApplyResultPath<S["input"], S["rule"]["resultPath"], S["rule"]["result"]>, Q>
      : null,
  ): JsonPathMap<SetOutputPath<S, ResultPathLegs<Q>>, Item, E, M>;
  assign<A>(
    build: ($: JsonPathRootRef<S["rule"]["result"]>, helpers: JsonPathHelpers<S["vars"]>) => A,
  ): JsonPathMap<AddAssigned<S, Resolved<A>>, Item, E, M>;
  retry(retrier: Retrier<E>): this;
  catch<const Q extends string | null = "$", F = never, S2 extends StateSpec = never, A = Empty>(
    errors: ErrorList<E>,
    handler: JsonPathCatchHandler<S, Q, E, F, S2, A>,
  ): JsonPathMap<WithCatch<S, F, S2, JsonPathCatchData<S, Q>, CatchVars<S, A>>, Item, E, M>;
}

type JsonataNumber<In, V> = number | ((helpers: JsonataHelpers<In, V>) => Expr<number>);

/**
 * A JSONata Map: Items → ItemSelector → processor → Output. `R` is the raw result (`$states.result`, the
 * iteration outputs), which Output and Assign both read: after output(…), `S` holds the Output instead.
 */
export interface JsonataMap<
  in out S extends StateSpec,
  in out Item,
  in out E extends string,
  in out M extends Mode,
  in out R,
> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  items<T>(
    items: readonly T[] | ((helpers: JsonataHelpers<S["input"], S["vars"]>) => Expr<readonly T[]>),
  ): JsonataMap<S, T, E, M, R>;
  itemSelector<T>(
    build: (helpers: JsonataItemHelpers<S["input"], S["vars"], Item>) => T,
  ): JsonataMap<S, Resolved<T>, E, M, R>;
  itemReader<Sch extends SchemaLike | undefined = undefined>(
    reader: ItemReader<S["input"], S["vars"], Sch, "JSONata">,
  ): JsonataMap<S, ItemOf<Sch>, E, "DISTRIBUTED", R>;
  itemBatcher<B = never>(
    batcher: ItemBatcher<S["input"], S["vars"], B, "JSONata">,
  ): JsonataMap<S, Batch<Item, B>, E, M, R>;
  resultWriter(
    writer: ResultWriter<S["input"], S["vars"], "JSONata">,
  ): JsonataMap<SetResult<S, ResultWriterOutput>, Item, E, M, ResultWriterOutput>;
  distributed(config?: {
    readonly executionType?: "STANDARD" | "EXPRESS";
  }): JsonataMap<S, Item, E, "DISTRIBUTED", R>;
  maxConcurrency(limit: JsonataNumber<S["input"], S["vars"]>): this;
  toleratedFailureCount(count: JsonataNumber<S["input"], S["vars"]>): this;
  toleratedFailurePercentage(percentage: JsonataNumber<S["input"], S["vars"]>): this;
  label(label: string): this;
  processor<F extends FlowLike<unknown, unknown> = never>(
    build: (flow: Flow<Item, ProcessorVars<S, M>, "JSONata", E>) => F,
  ): JsonataMap<
    R extends ResultWriterOutput ? S : SetResult<S, FlowOutput<F>[]>,
    Item,
    E,
    M,
    R extends ResultWriterOutput ? R : FlowOutput<F>[]
  >;
  output<O>(
    build: (helpers: JsonataResultHelpers<S["input"], S["vars"], R>) => O,
  ): JsonataMap<SetOutput<S, Resolved<O>>, Item, E, M, R>;
  assign<A>(
    build: (helpers: JsonataResultHelpers<S["input"], S["vars"], R>) => A,
  ): JsonataMap<AddAssigned<S, Resolved<A>>, Item, E, M, R>;
  retry(retrier: Retrier<E>): this;
  catch<O = unknown, F = never, S2 extends StateSpec = never, A = Empty>(
    errors: ErrorList<E>,
    handler: JsonataCatchHandler<S, O, E, F, S2, A>,
  ): JsonataMap<WithCatch<S, F, S2, JsonataCatchData<O>, CatchVars<S, A>>, Item, E, M, R>;
}

export type MapOf<L, S extends StateSpec, E extends string> = L extends "JSONata"
  ? JsonataMap<S, DefaultItem<S>, E, "INLINE", S["rule"]["result"]>
  : JsonPathMap<S, DefaultItem<S>, E, "INLINE">;

/** The context object inside ItemSelector. */
export type MapContext = ContextObject["Map"];
