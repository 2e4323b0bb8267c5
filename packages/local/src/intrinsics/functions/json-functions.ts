import { createHash } from "node:crypto";
import { newUuid } from "../../util/ids.js";
import {
  booleanArg,
  type IntrinsicImplementation,
  intrinsicFailure,
  limitLength,
  objectArg,
  stringArg,
} from "../arguments.js";

const HASH_ALGORITHMS: Readonly<Record<string, string>> = Object.freeze({
  MD5: "md5",
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
});

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
    const node = HASH_ALGORITHMS[algorithm];
    if (!node)
      throw intrinsicFailure(
        call,
        `unknown algorithm '${algorithm}'; use one of ${Object.keys(HASH_ALGORITHMS).join(", ")}`,
      );
    return createHash(node).update(data, "utf8").digest("hex");
  },

  "States.UUID": () => newUuid(),
} satisfies Record<string, IntrinsicImplementation>;
