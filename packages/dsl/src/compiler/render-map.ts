import type { AslItemProcessor, JsonObject, JsonValue } from "../asl/types.js";
import type { MapNode } from "../ir/state-nodes.js";
import { dynamicPath, dynamicValue, objectTemplate, template } from "./render-common.js";
import { report } from "./render-context.js";
import { jsonPathText } from "./render-path.js";
import type { StateEnv } from "./render-states.js";
import { FIELD } from "./template-fields.js";

/** The Map-only fields: items, processor and the distributed Map's configuration. */
export function renderMapFields(node: MapNode, env: StateEnv) {
  const { context } = env;
  const parametersName = context.language === "JSONata" ? "Arguments" : "Parameters";
  const reader = node.itemReader;
  const batcher = node.itemBatcher;
  const writer = node.resultWriter;
  let processor: AslItemProcessor | undefined;
  if (node.processor === undefined) {
    report(
      context,
      "ItemProcessor",
      "has no processor",
      "Add the steps for each item with processor(f => …).",
      "refused-by-aws",
    );
  } else {
    const scope = env.scope(node.processor, `the processor of Map "${node.name}"`);
    const config = node.processorConfig;
    processor = {
      ...(config !== undefined && {
        ProcessorConfig: {
          Mode: config.mode,
          ...(config.executionType !== undefined && { ExecutionType: config.executionType }),
        },
      }),
      ...scope,
    };
  }
  const readerConfig = reader?.readerConfig;
  return {
    ItemsPath: node.itemsPath && jsonPathText(node.itemsPath, context, "ItemsPath", "input", true),
    Items: template(node.items, context, FIELD.fromInput("Items")),
    ItemSelector: objectTemplate(node.itemSelector, context, FIELD.fromInput("ItemSelector")),
    ItemReader: reader && {
      Resource: reader.resource,
      ...(readerConfig !== undefined && {
        ReaderConfig: compact({
          InputType: readerConfig.inputType,
          CSVHeaderLocation: readerConfig.csvHeaderLocation,
          CSVHeaders: readerConfig.csvHeaders && [...readerConfig.csvHeaders],
          CSVDelimiter: readerConfig.csvDelimiter,
          ManifestType: readerConfig.manifestType,
          MaxItems: dynamicValue(readerConfig.maxItems, context, "MaxItems"),
          MaxItemsPath: dynamicPath(readerConfig.maxItems, context, "MaxItems"),
        }),
      }),
      ...(reader.parameters !== undefined && {
        [parametersName]: template(
          reader.parameters,
          context,
          FIELD.fromInput(`ItemReader.${parametersName}`),
        ),
      }),
    },
    ItemBatcher:
      batcher &&
      compact({
        MaxItemsPerBatch: dynamicValue(batcher.maxItemsPerBatch, context, "MaxItemsPerBatch"),
        MaxItemsPerBatchPath: dynamicPath(batcher.maxItemsPerBatch, context, "MaxItemsPerBatch"),
        MaxInputBytesPerBatch: dynamicValue(batcher.maxInputBytesPerBatch, context, "MaxInputBytesPerBatch"),
        MaxInputBytesPerBatchPath: dynamicPath(
          batcher.maxInputBytesPerBatch,
          context,
          "MaxInputBytesPerBatch",
        ),
        BatchInput: template(batcher.batchInput, context, FIELD.fromInput("ItemBatcher.BatchInput")),
      }),
    ResultWriter:
      writer &&
      compact({
        Resource: writer.resource,
        [parametersName]: template(
          writer.parameters,
          context,
          FIELD.fromInput(`ResultWriter.${parametersName}`),
        ),
        WriterConfig:
          writer.writerConfig &&
          compact({
            OutputType: writer.writerConfig.outputType,
            Transformation: writer.writerConfig.transformation,
          }),
      }),
    ItemProcessor: processor,
    MaxConcurrency: dynamicValue(node.maxConcurrency, context, "MaxConcurrency"),
    MaxConcurrencyPath: dynamicPath(node.maxConcurrency, context, "MaxConcurrency"),
    ToleratedFailureCount: dynamicValue(node.toleratedFailureCount, context, "ToleratedFailureCount"),
    ToleratedFailureCountPath: dynamicPath(node.toleratedFailureCount, context, "ToleratedFailureCount"),
    ToleratedFailurePercentage: dynamicValue(
      node.toleratedFailurePercentage,
      context,
      "ToleratedFailurePercentage",
    ),
    ToleratedFailurePercentagePath: dynamicPath(
      node.toleratedFailurePercentage,
      context,
      "ToleratedFailurePercentage",
    ),
    Label: node.label,
  };
}

function compact(fields: Record<string, JsonValue | undefined>): JsonObject {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as JsonObject;
}
