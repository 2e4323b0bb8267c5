import { fieldOf, isJsonObject } from "../json/json-value.js";
import type { StateNode } from "../model/definition-model.js";
import type { Reporter } from "../report.js";
import type { Check } from "./check.js";

/**
 * Fields only a Distributed Map has (ItemReader, ItemBatcher, ResultWriter, ToleratedFailure*, Label) are
 * refused on an Inline Map, which is what a Map without ProcessorConfig is. A Distributed Map must say how its
 * child workflows run (ExecutionType), and its Label, which names them, avoids a set of characters.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html
 */
const DISTRIBUTED_ONLY = [
  "ItemReader",
  "ItemBatcher",
  "ResultWriter",
  "ToleratedFailureCount",
  "ToleratedFailureCountPath",
  "ToleratedFailurePercentage",
  "ToleratedFailurePercentagePath",
  "Label",
];
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\p{Cc}]/u;

export const checkMapMode: Check = ({ model, report }) => {
  for (const state of model.states) {
    if (state.type !== "Map") continue;
    const processor = fieldOf(state.raw, "ItemProcessor");
    const config = isJsonObject(processor) ? fieldOf(processor, "ProcessorConfig") : undefined;
    const mode = isJsonObject(config) ? fieldOf(config, "Mode") : undefined;
    if (mode === "DISTRIBUTED") checkDistributed(state, config, report);
    else {
      for (const name of DISTRIBUTED_ONLY) {
        if (fieldOf(state.raw, name) === undefined) continue;
        report.refused(
          { state: state.name, field: name },
          "language",
          `${name} is only for a Distributed Map, and this Map runs inline.`,
          'Set ItemProcessor.ProcessorConfig to { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }, or remove it.',
        );
      }
    }
  }
};

function checkDistributed(state: StateNode, config: ReturnType<typeof fieldOf>, report: Reporter): void {
  if (isJsonObject(config) && fieldOf(config, "ExecutionType") === undefined) {
    report.refused(
      { state: state.name, field: "ItemProcessor.ProcessorConfig.ExecutionType" },
      "shape",
      "A Distributed Map's ProcessorConfig must set ExecutionType.",
      'Add "ExecutionType": "STANDARD" or "EXPRESS".',
    );
  }
  const label = fieldOf(state.raw, "Label");
  if (typeof label === "string" && LABEL_FORBIDDEN.test(label)) {
    report.refused(
      { state: state.name, field: "Label" },
      "range",
      `The Label ${JSON.stringify(label)} has a character that Labels cannot hold.`,
      "Use letters, digits, - and _ only (no spaces, brackets, wildcards or punctuation such as $ & , ; : /).",
    );
  }
}
