import { openFields } from "../ir/freeze.js";
import type { ItemBatcherNode, ItemReaderNode, ResultWriterNode } from "../ir/map-nodes.js";
import type { DynamicNumber, MapNode } from "../ir/state-nodes.js";
import type { TemplateNode } from "../ir/value-nodes.js";
import type { ContextObject } from "../path/context-object.js";
import { jsonPathRoot } from "../path/json-path-proxy.js";
import { jsonataRoot } from "../path/jsonata.js";
import { toTemplate } from "../path/template.js";
import { BuilderError } from "./builder-error.js";
import { checkInteger, checkOneOf } from "./checks.js";
import { createFlow, scopeFragmentOf } from "./flow.js";
import { callRead, jsonataHelpers, jsonPathHelpers, type Scope, scopeOf } from "./scope.js";
import { StateValue } from "./state-value.js";

/** Limits from the Map state reference: https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html */
const MAX = 99_999_999;

export class MapValue extends StateValue<MapNode> {
  static create(scope: Scope, name: string): MapValue {
    const fields: MapNode = openFields({
      kind: "map",
      name,
      queryLanguage: scope.language,
      retry: [],
      catch: [],
    });
    return new MapValue(fields, scope);
  }

  override inputPath(path: string | null): this {
    this.beforeProcessor("InputPath");
    return super.inputPath(path);
  }

  items(items: unknown): this {
    this.beforeProcessor(this.language === "JSONata" ? "Items" : "ItemsPath");
    if (this.language === "JSONata") {
      const value = typeof items === "function" ? callRead(this.scope, items) : items;
      return this.with({ items: toTemplate(value, "JSONata", this.where("Items")) });
    }
    return this.with({ itemsPath: this.readPath("ItemsPath", items) });
  }

  itemSelector(build: unknown): this {
    this.beforeProcessor("ItemSelector");
    const context =
      this.language === "JSONata"
        ? jsonataRoot<ContextObject>("context")
        : jsonPathRoot<ContextObject>("context");
    const item = { item: context.Map.Item.Value, index: context.Map.Item.Index };
    const built =
      typeof build !== "function"
        ? build
        : this.language === "JSONata"
          ? build({ ...jsonataHelpers(), ...item })
          : build(jsonPathRoot("input"), { ...jsonPathHelpers(), ...item });
    return this.with({ itemSelector: toTemplate(built, this.language, this.where("ItemSelector")) });
  }

  itemReader(reader: {
    resource: string;
    parameters?: unknown;
    readerConfig?: ItemReaderNode["readerConfig"] & { maxItems?: unknown };
  }): this {
    this.beforeProcessor("ItemReader");
    const field = this.language === "JSONata" ? "Arguments" : "Parameters";
    const config = reader.readerConfig;
    const node: ItemReaderNode = {
      resource: this.resource("ItemReader.Resource", reader.resource),
      ...(reader.parameters !== undefined && {
        parameters: this.template(`ItemReader.${field}`, reader.parameters),
      }),
      ...(config !== undefined && {
        readerConfig: {
          ...config,
          ...(config.maxItems !== undefined && {
            maxItems: this.dynamicNumber("ItemReader.ReaderConfig.MaxItems", config.maxItems, 1, 100_000_000),
          }),
        } as ItemReaderNode["readerConfig"],
      }),
    };
    return this.with({ itemReader: node }).distributed();
  }

  itemBatcher(batcher: {
    maxItemsPerBatch?: unknown;
    maxInputBytesPerBatch?: unknown;
    batchInput?: unknown;
  }): this {
    this.beforeProcessor("ItemBatcher");
    if (batcher.maxItemsPerBatch === undefined && batcher.maxInputBytesPerBatch === undefined) {
      throw new BuilderError(
        this.where("ItemBatcher"),
        "needs maxItemsPerBatch or maxInputBytesPerBatch",
        "Set at least one batch limit.",
      );
    }
    const node: ItemBatcherNode = {
      ...(batcher.maxItemsPerBatch !== undefined && {
        maxItemsPerBatch: this.dynamicNumber(
          "ItemBatcher.MaxItemsPerBatch",
          batcher.maxItemsPerBatch,
          1,
          MAX,
        ),
      }),
      ...(batcher.maxInputBytesPerBatch !== undefined && {
        maxInputBytesPerBatch: this.dynamicNumber(
          "ItemBatcher.MaxInputBytesPerBatch",
          batcher.maxInputBytesPerBatch,
          1,
          262_144,
        ),
      }),
      ...(batcher.batchInput !== undefined && {
        batchInput: this.template("ItemBatcher.BatchInput", batcher.batchInput),
      }),
    };
    return this.with({ itemBatcher: node });
  }

  resultWriter(writer: {
    resource?: string;
    parameters?: unknown;
    writerConfig?: ResultWriterNode["writerConfig"];
  }): this {
    if (writer.resource === undefined && writer.writerConfig === undefined) {
      throw new BuilderError(
        this.where("ResultWriter"),
        "needs a resource or a writerConfig",
        "Set where or how to write results.",
      );
    }
    const config = writer.writerConfig;
    if (config?.outputType !== undefined)
      checkOneOf(this.name, "ResultWriter.WriterConfig.OutputType", config.outputType, ["JSON", "JSONL"]);
    if (config?.transformation !== undefined) {
      checkOneOf(this.name, "ResultWriter.WriterConfig.Transformation", config.transformation, [
        "NONE",
        "COMPACT",
        "FLATTEN",
      ]);
    }
    const field = this.language === "JSONata" ? "Arguments" : "Parameters";
    const node: ResultWriterNode = {
      ...(writer.resource !== undefined && {
        resource: this.resource("ResultWriter.Resource", writer.resource),
      }),
      ...(writer.parameters !== undefined && {
        parameters: this.template(`ResultWriter.${field}`, writer.parameters),
      }),
      ...(config !== undefined && { writerConfig: config }),
    };
    return this.with({ resultWriter: node });
  }

  distributed(config: { executionType?: "STANDARD" | "EXPRESS" } = {}): this {
    this.beforeProcessor("ItemProcessor.ProcessorConfig");
    const executionType = checkOneOf(
      this.name,
      "ItemProcessor.ProcessorConfig.ExecutionType",
      config.executionType ?? this.fields.processorConfig?.executionType ?? "STANDARD",
      ["STANDARD", "EXPRESS"],
    );
    return this.with({ processorConfig: { mode: "DISTRIBUTED", executionType } });
  }

  maxConcurrency(limit: unknown): this {
    return this.with({ maxConcurrency: this.dynamicNumber("MaxConcurrency", limit, 0, MAX) });
  }

  toleratedFailureCount(count: unknown): this {
    return this.with({ toleratedFailureCount: this.dynamicNumber("ToleratedFailureCount", count, 0, MAX) });
  }

  toleratedFailurePercentage(percentage: unknown): this {
    return this.with({
      toleratedFailurePercentage: this.dynamicNumber("ToleratedFailurePercentage", percentage, 0, 100),
    });
  }

  label(label: string): this {
    if (
      typeof label !== "string" ||
      label.length === 0 ||
      label.length > 40 ||
      /[\s?*<>{}[\]:;,\\|^~$#%&`"/\p{Cc}]/u.test(label)
    ) {
      throw new BuilderError(
        this.where("Label"),
        `"${String(label)}" is not a valid label: 1 to 40 characters, no whitespace or special characters`,
        "Use letters, digits, '-' and '_'.",
      );
    }
    return this.with({ label });
  }

  processor(build: (flow: unknown) => unknown): this {
    if (this.fields.processor !== undefined) {
      throw new BuilderError(
        this.where("ItemProcessor"),
        "already has a processor",
        "Call processor() once.",
      );
    }
    const fragment = scopeFragmentOf(build(createFlow(scopeOf(this.language))), this.where("ItemProcessor"));
    return this.with({ processor: fragment });
  }

  protected override assignRoot(): "result" {
    return "result";
  }

  protected override resultRefs(): object {
    return { result: jsonataRoot("result") };
  }

  private resource(field: string, resource: string): string {
    if (typeof resource !== "string" || resource.length === 0) {
      throw new BuilderError(
        this.where(field),
        "expects a resource ARN",
        'Use e.g. "arn:aws:states:::s3:getObject".',
      );
    }
    return resource;
  }

  private dynamicNumber(field: string, value: unknown, min: number, max: number): DynamicNumber {
    if (typeof value === "number") return checkInteger(this.name, field, value, min, max);
    const node: TemplateNode = toTemplate(callRead(this.scope, value), this.language, this.where(field));
    if (node.kind === "json-path" || node.kind === "jsonata") return node;
    throw new BuilderError(
      this.where(field),
      "expects a number or a reference to one",
      "Pass 10 or $ => $.limit.",
    );
  }

  private beforeProcessor(field: string): void {
    if (this.fields.processor !== undefined) {
      throw new BuilderError(
        this.where(field),
        "must be set before processor(), whose steps were typed by the items before it",
        "Move it above processor().",
      );
    }
  }
}
