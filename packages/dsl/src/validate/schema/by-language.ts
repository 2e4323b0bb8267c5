import type { QueryLanguage } from "../../asl/types.js";
import type { ValueCheck } from "./walk-context.js";

/** A field both languages have, read differently by each (e.g. ItemSelector: payload template or JSONata). */
export const byLanguage =
  (checks: Readonly<Record<QueryLanguage, ValueCheck>>): ValueCheck =>
  (value, site, walk) =>
    checks[site.language](value, site, walk);
