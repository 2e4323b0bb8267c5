import type { JsonPathLeg } from "@statesmith/dsl";
import { isJsonObject, type JsonValue } from "../util/json.js";
import { compileFilter } from "./filter.js";

/** Maps every current node to the nodes one leg further; `root` is `$` for filters that read it. */
export type LegEvaluator = (nodes: readonly JsonValue[], root: JsonValue) => JsonValue[];

/** Compiles the legs of an indefinite path (wildcards, slices, filters, `..`) into one list evaluator. */
export function compileLegs(legs: readonly JsonPathLeg[]): LegEvaluator {
  const steps = legs.filter((leg) => leg.kind !== "function").map(compileLeg);
  return (nodes, root) => {
    let current = nodes as JsonValue[];
    for (const step of steps) current = step(current, root);
    return current;
  };
}

function compileLeg(leg: JsonPathLeg): LegEvaluator {
  switch (leg.kind) {
    case "member":
      return (nodes) =>
        nodes.flatMap((node) =>
          isJsonObject(node) && Object.hasOwn(node, leg.name) ? [node[leg.name]!] : [],
        );
    case "index":
      return (nodes) => nodes.flatMap((node) => at(node, leg.index));
    case "wildcard":
      return (nodes) => nodes.flatMap(children);
    case "union":
      return (nodes) =>
        nodes.flatMap((node) =>
          leg.members.flatMap((member) =>
            typeof member === "number"
              ? at(node, member)
              : isJsonObject(node) && Object.hasOwn(node, member)
                ? [node[member]!]
                : [],
          ),
        );
    case "slice":
      return (nodes) =>
        nodes.flatMap((node) => (Array.isArray(node) ? slice(node, leg.start, leg.end, leg.step) : []));
    case "descendant": {
      const inner = compileLeg(leg.leg);
      return (nodes, root) => inner(nodes.flatMap(selfAndDescendants), root);
    }
    case "filter": {
      const test = compileFilter(leg.expression, compileLegs);
      return (nodes, root) =>
        nodes.flatMap((node) =>
          Array.isArray(node) ? node.filter((item) => test(item, root)) : test(node, root) ? [node] : [],
        );
    }
    case "function":
      return (nodes) => nodes as JsonValue[];
  }
}

const at = (node: JsonValue, index: number): JsonValue[] => {
  if (!Array.isArray(node)) return [];
  const position = index < 0 ? node.length + index : index;
  return position >= 0 && position < node.length ? [node[position]!] : [];
};

const children = (node: JsonValue): JsonValue[] =>
  Array.isArray(node) ? node : isJsonObject(node) ? Object.values(node) : [];

function selfAndDescendants(node: JsonValue): JsonValue[] {
  const found: JsonValue[] = [];
  const visit = (value: JsonValue): void => {
    found.push(value);
    for (const child of children(value)) visit(child);
  };
  visit(node);
  return found;
}

/** Python-style slice bounds, as Jayway reads `[start:end:step]`. */
function slice(items: JsonValue[], start?: number, end?: number, step = 1): JsonValue[] {
  const length = items.length;
  const clamp = (value: number): number => Math.min(Math.max(value < 0 ? length + value : value, 0), length);
  const result: JsonValue[] = [];
  if (step > 0) {
    for (let index = clamp(start ?? 0); index < clamp(end ?? length); index += step)
      result.push(items[index]!);
  } else {
    const first = start === undefined ? length - 1 : Math.min(clamp(start), length - 1);
    const last = end === undefined ? -1 : clamp(end);
    for (let index = first; index > last; index += step) result.push(items[index]!);
  }
  return result;
}
