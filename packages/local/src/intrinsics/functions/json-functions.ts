import { HASH_ALGORITHM_LIST, hashText } from "../../util/hash.js";
import { newUuid } from "../../util/ids.js";
import {
  booleanArg,
  type IntrinsicImplementation,
  intrinsicFailure,
  limitLength,
  objectArg,
  stringArg,
} from "../arguments.js";

/** https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html */
export const JSON_FUNCTIONS = {
  "States.JsonMerge": (args, call) => {
    const left = objectArg(call, args, 0);
    const right = objectArg(call, args, 1);
    // "Step Functions only supports the shallow merging mode; therefore, you must specify the boolean value
    // as false."
    if (booleanArg(call, args, 2)) throw intrinsicFailure(call, "deep merging is not supported; pass false");
    return { ...left, ...right };
  },

  "States.Hash": (args, call) => {
    const value = args[0]!;
    const data = limitLength(call, typeof value === "string" ? value : JSON.stringify(value));
    const algorithm = stringArg(call, args, 1);
    const digest = hashText(data, algorithm);
    if (digest === undefined)
      throw intrinsicFailure(call, `unknown algorithm '${algorithm}'; use one of ${HASH_ALGORITHM_LIST}`);
    return digest;
  },

  "States.UUID": () => newUuid(),
} satisfies Record<string, IntrinsicImplementation>;
