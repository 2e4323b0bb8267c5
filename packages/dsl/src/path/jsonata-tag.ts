import { jsonata as tag } from "./jsonata.js";
import { and, eq, exists, gt, gte, lt, lte, ne, not, or } from "./jsonata-operators.js";

/**
 * The JSONata tag with its typed operators attached, so they do not clash with the JSONPath Choice rules:
 * `` jsonata<number>`$count(${input.items})` ``, `jsonata.gt(input.total, 100)`.
 */
export const jsonata = Object.assign(tag, { eq, ne, gt, gte, lt, lte, and, or, not, exists });
