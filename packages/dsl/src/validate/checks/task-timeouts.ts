import { fieldOf } from "../json/json-value.js";
import type { Check } from "./check.js";

/**
 * "HeartbeatSeconds … must be smaller than TimeoutSeconds": a heartbeat interval the timeout cuts short is
 * refused at creation. Only literal values can be compared here.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 */
export const checkTaskTimeouts: Check = ({ model, report }) => {
  for (const state of model.states) {
    if (state.type !== "Task") continue;
    const timeout = fieldOf(state.raw, "TimeoutSeconds");
    const heartbeat = fieldOf(state.raw, "HeartbeatSeconds");
    if (typeof timeout === "number" && typeof heartbeat === "number" && heartbeat >= timeout) {
      report.refused(
        { state: state.name, field: "HeartbeatSeconds" },
        "range",
        `HeartbeatSeconds (${heartbeat}) must be less than TimeoutSeconds (${timeout}).`,
        "Lower HeartbeatSeconds below TimeoutSeconds, or raise TimeoutSeconds.",
      );
    }
  }
};
