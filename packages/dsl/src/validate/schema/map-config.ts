import { jsonataArguments, jsonataTemplate, orJsonata } from "../expressions/jsonata-values.js";
import { jsonPath } from "../expressions/path-values.js";
import { payloadTemplate } from "../expressions/payload-values.js";
import { byLanguage } from "./by-language.js";
import { field, jsonataOnly, jsonPathOnly, type ObjectShape } from "./field-spec.js";
import { resourceArn } from "./resource.js";
import { AWS_MAX_INTEGER, arrayOf, integer, object, oneOf, string } from "./values.js";

/**
 * The objects inside a Map state: ProcessorConfig, and the Distributed Map's ItemReader, ItemBatcher and
 * ResultWriter. https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html,
 * …/input-output-itemreader.html, …/input-output-itembatcher.html, …/input-output-resultwriter.html
 */
export const PROCESSOR_CONFIG: ObjectShape = {
  what: "a ProcessorConfig",
  fields: {
    Mode: field(oneOf(["INLINE", "DISTRIBUTED"])),
    ExecutionType: field(oneOf(["STANDARD", "EXPRESS"])),
  },
};

const READER_CONFIG: ObjectShape = {
  what: "an ItemReader's ReaderConfig",
  fields: {
    InputType: field(oneOf(["CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"])),
    CSVHeaderLocation: field(oneOf(["FIRST_ROW", "GIVEN"])),
    CSVHeaders: field(arrayOf(string(), { what: "column names" })),
    // Newer reader options whose value lists grow: typed, not enumerated.
    CSVDelimiter: field(string()),
    ManifestType: field(string()),
    MaxItems: field(orJsonata(integer({ min: 1, max: AWS_MAX_INTEGER }))),
    MaxItemsPath: jsonPathOnly(jsonPath("reference")),
  },
};

export const ITEM_READER: ObjectShape = {
  what: "an ItemReader",
  required: ["Resource"],
  fields: {
    Resource: field(resourceArn),
    ReaderConfig: field(object(READER_CONFIG)),
    Parameters: jsonPathOnly(payloadTemplate),
    Arguments: jsonataOnly(jsonataArguments),
  },
};

export const ITEM_BATCHER: ObjectShape = {
  what: "an ItemBatcher",
  fields: {
    MaxItemsPerBatch: field(orJsonata(integer({ min: 1, max: AWS_MAX_INTEGER }))),
    MaxItemsPerBatchPath: jsonPathOnly(jsonPath("reference")),
    // A batch's input is capped at 256 KiB.
    MaxInputBytesPerBatch: field(orJsonata(integer({ min: 1, max: 262_144 }))),
    MaxInputBytesPerBatchPath: jsonPathOnly(jsonPath("reference")),
    BatchInput: field(byLanguage({ JSONPath: payloadTemplate, JSONata: jsonataTemplate })),
  },
};

const WRITER_CONFIG: ObjectShape = {
  what: "a ResultWriter's WriterConfig",
  fields: {
    OutputType: field(oneOf(["JSON", "JSONL"])),
    Transformation: field(oneOf(["NONE", "COMPACT", "FLATTEN"])),
  },
};

export const RESULT_WRITER: ObjectShape = {
  what: "a ResultWriter",
  fields: {
    Resource: field(resourceArn),
    Parameters: jsonPathOnly(payloadTemplate),
    Arguments: jsonataOnly(jsonataArguments),
    WriterConfig: field(object(WRITER_CONFIG)),
  },
};
