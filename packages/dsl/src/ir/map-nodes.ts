import type { DynamicNumber } from "./state-nodes.js";
import type { JsonataNode, JsonPathNode, TemplateNode } from "./value-nodes.js";

/** Distributed Map: where the items come from (S3 objects, CSV/JSON/JSONL/Parquet files, manifests). */
export interface ItemReaderNode {
  readonly resource: string;
  readonly parameters?: TemplateNode;
  readonly readerConfig?: {
    readonly inputType?: "CSV" | "JSON" | "JSONL" | "MANIFEST" | "PARQUET";
    readonly csvHeaderLocation?: "FIRST_ROW" | "GIVEN";
    readonly csvHeaders?: readonly string[];
    readonly csvDelimiter?: "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";
    readonly manifestType?: "S3_INVENTORY" | "ATHENA_DATA";
    readonly maxItems?: DynamicNumber;
  };
}

export interface ItemBatcherNode {
  readonly maxItemsPerBatch?: DynamicNumber;
  readonly maxInputBytesPerBatch?: DynamicNumber;
  readonly batchInput?: TemplateNode;
}

export interface ResultWriterNode {
  readonly resource?: string;
  readonly parameters?: TemplateNode;
  readonly writerConfig?: {
    readonly outputType?: "JSON" | "JSONL";
    readonly transformation?: "NONE" | "COMPACT" | "FLATTEN";
  };
}

export interface ProcessorConfigNode {
  readonly mode: "INLINE" | "DISTRIBUTED";
  readonly executionType?: "STANDARD" | "EXPRESS";
}

/** The Map-only fields, inline and distributed. */
export interface MapFieldsNode {
  /** JSONPath `ItemsPath`. */
  readonly itemsPath?: JsonPathNode;
  /** JSONata `Items`: an array or an expression. */
  readonly items?: TemplateNode | JsonataNode;
  readonly itemSelector?: TemplateNode;
  readonly itemReader?: ItemReaderNode;
  readonly itemBatcher?: ItemBatcherNode;
  readonly resultWriter?: ResultWriterNode;
  readonly processorConfig?: ProcessorConfigNode;
  readonly maxConcurrency?: DynamicNumber;
  readonly toleratedFailureCount?: DynamicNumber;
  readonly toleratedFailurePercentage?: DynamicNumber;
  readonly label?: string;
}
