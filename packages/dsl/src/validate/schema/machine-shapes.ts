import type { ObjectShape } from "./field-spec.js";
import { field } from "./field-spec.js";
import { PROCESSOR_CONFIG } from "./map-config.js";
import { AWS_MAX_INTEGER, anyJson, integer, object, oneOf, string } from "./values.js";

/**
 * The state machine objects: the top level, a Parallel branch, a Map's ItemProcessor (or legacy Iterator).
 * States is checked state by state elsewhere; here it only has to be present.
 * https://states-language.net/spec.html#toplevelfields
 */
const STATE_MACHINE_FIELDS = {
  Comment: field(string()),
  StartAt: field(string({ nonEmpty: true })),
  States: field(anyJson),
};

export const TOP_LEVEL: ObjectShape = {
  what: "the state machine",
  required: ["StartAt", "States"],
  fields: {
    ...STATE_MACHINE_FIELDS,
    Version: field(oneOf(["1.0"])),
    TimeoutSeconds: field(integer({ min: 1, max: AWS_MAX_INTEGER })),
    QueryLanguage: field(oneOf(["JSONPath", "JSONata"])),
  },
};

export const BRANCH: ObjectShape = {
  what: "a Parallel branch",
  required: ["StartAt", "States"],
  fields: STATE_MACHINE_FIELDS,
};

export const ITEM_PROCESSOR: ObjectShape = {
  what: "an ItemProcessor",
  required: ["StartAt", "States"],
  fields: { ...STATE_MACHINE_FIELDS, ProcessorConfig: field(object(PROCESSOR_CONFIG)) },
};

export const ITERATOR: ObjectShape = {
  what: "an Iterator",
  required: ["StartAt", "States"],
  fields: STATE_MACHINE_FIELDS,
};
