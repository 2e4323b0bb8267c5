import type { JsonPrimitive } from "../asl/types.js";
import { BuilderError } from "../builder/builder-error.js";
import { type IntrinsicArgNode, ValueNode } from "../ir/value-nodes.js";
import { isPathRef, type PathRef, REF_NODE, refNode } from "../path/refs.js";

/** An intrinsic argument: a path or intrinsic of type `T`, or a literal `T`. */
export type Arg<T> = PathRef<T> | (T & JsonPrimitive);

/** Builds an intrinsic call; the compiler spells it `States.Name(arg, …)`. */
export function intrinsic<T>(name: string, args: readonly unknown[]): PathRef<T> {
  const node = ValueNode.intrinsic(
    name,
    args.map((arg, index) => argNode(name, arg, index)),
  );
  return Object.freeze({ [REF_NODE]: node }) as unknown as PathRef<T>;
}

function argNode(name: string, arg: unknown, index: number): IntrinsicArgNode {
  if (isPathRef(arg)) return refNode(arg) as IntrinsicArgNode;
  if (arg === null || typeof arg === "string" || typeof arg === "boolean" || typeof arg === "number") {
    return ValueNode.literal(arg);
  }
  throw new BuilderError(
    `States.${name} argument ${index + 1}`,
    "an intrinsic argument must be a path, another intrinsic, a string, a number, a boolean or null",
    "Pass $.field references or literals.",
  );
}

export function literalNumber(arg: unknown): number | undefined {
  return typeof arg === "number" ? arg : undefined;
}
