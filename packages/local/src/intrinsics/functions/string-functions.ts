import { splitFormatTemplate } from "@statesmith/dsl";
import type { JsonValue } from "../../util/json.js";
import { type IntrinsicImplementation, intrinsicFailure, limitLength, stringArg } from "../arguments.js";

/**
 * How States.Format writes a value: as Java's toString writes the parsed JSON, which is what AWS returns
 * (recorded on AWS: `{"Arg1": 1, "Arg2": []}` formats as `{Arg1=1, Arg2=[]}`). Strings, inside objects and
 * arrays too, go in without quotes; numbers, booleans and null as JSON writes them.
 */
const formatValue = (value: JsonValue): string => {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}=${formatValue(item)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value);
};

/** https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-generic */
export const STRING_FUNCTIONS = {
  "States.Format": (args, call) => {
    const template = stringArg(call, args, 0);
    const first = call.args[0]!;
    // A literal template keeps its escapes (`\{` is a brace, not a placeholder); a template read from a path
    // is taken as it is.
    const pieces = first.kind === "string" ? splitFormatTemplate(first.raw) : template.split("{}");
    const values = args.slice(1);
    if (pieces.length - 1 !== values.length) {
      throw intrinsicFailure(
        call,
        `the template has ${pieces.length - 1} placeholder(s) {} but ${values.length} value(s) were given`,
      );
    }
    return pieces.reduce((text, piece, index) => text + formatValue(values[index - 1]!) + piece);
  },

  "States.StringSplit": (args, call) => {
    const text = stringArg(call, args, 0);
    const delimiters = stringArg(call, args, 1);
    // Every character of the second argument separates tokens; empty tokens are dropped (AWS's example splits
    // "This.is+a,test=string" on ".+,=").
    if (delimiters === "") return [text];
    const tokens: string[] = [];
    let current = "";
    for (const char of text) {
      if (delimiters.includes(char)) {
        if (current !== "") tokens.push(current);
        current = "";
      } else current += char;
    }
    if (current !== "") tokens.push(current);
    return tokens;
  },

  "States.StringToJson": (args, call) => {
    const text = stringArg(call, args, 0);
    // Recorded on AWS: an empty or blank string converts to null.
    if (text.trim() === "") return null;
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      throw intrinsicFailure(call, `the argument is not JSON text: ${JSON.stringify(text)}`);
    }
  },

  "States.JsonToString": (args) => JSON.stringify(args[0]),

  "States.Base64Encode": (args, call) =>
    Buffer.from(limitLength(call, stringArg(call, args, 0)), "utf8").toString("base64"),

  "States.Base64Decode": (args, call) => {
    const encoded = limitLength(call, stringArg(call, args, 0));
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 === 1)
      throw intrinsicFailure(call, `the argument is not base64: ${JSON.stringify(encoded)}`);
    return Buffer.from(encoded, "base64").toString("utf8");
  },
} satisfies Record<string, IntrinsicImplementation>;
