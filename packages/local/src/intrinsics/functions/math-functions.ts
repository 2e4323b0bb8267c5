import { seededRandom } from "../../util/random.js";
import { type IntrinsicImplementation, integerArg, intrinsicFailure } from "../arguments.js";

const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

/** https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-math-operation */
export const MATH_FUNCTIONS = {
  "States.MathRandom": (args, call) => {
    const start = integerArg(call, args, 0);
    const end = integerArg(call, args, 1);
    if (end <= start)
      throw intrinsicFailure(call, `the end (${end}) must be greater than the start (${start})`);
    const unit = args.length > 2 ? seededRandom(integerArg(call, args, 2)) : Math.random();
    return start + Math.floor(unit * (end - start));
  },

  "States.MathAdd": (args, call) => {
    const left = integerArg(call, args, 0);
    const right = integerArg(call, args, 1);
    for (const value of [left, right]) {
      if (value < INT_MIN || value > INT_MAX)
        throw intrinsicFailure(call, `${value} is outside the range ${INT_MIN} to ${INT_MAX}`);
    }
    return left + right;
  },
} satisfies Record<string, IntrinsicImplementation>;
