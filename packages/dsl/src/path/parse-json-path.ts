import { BuilderError } from "../builder/builder-error.js";
import { freezeDeep } from "../ir/freeze.js";
import type { LegNode } from "../ir/value-nodes.js";

/**
 * Parses the legs of a literal path after its root (`$`, `$$` or `$name`). The modelled syntax (`.field`,
 * `['field']`, `[0]`, `[*]`) becomes legs; anything else (filters, slices, `..`) is kept verbatim so that
 * AWS still sees it, and its type is `unknown`.
 */
export function parseLegs(text: string, where: string): LegNode[] {
  const legs: LegNode[] = [];
  let rest = text;
  while (rest.length > 0) {
    const field = /^\.([^.[\]'"]+)/.exec(rest);
    const quoted = /^\[(['"])(.*?)\1\]/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    if (field) legs.push({ type: "field", name: field[1]! });
    else if (quoted) legs.push({ type: "field", name: quoted[2]! });
    else if (index) legs.push({ type: "index", index: Number(index[1]) });
    else if (rest.startsWith("[*]")) legs.push({ type: "wildcard" });
    else if (rest.startsWith("..") || rest.startsWith("[")) {
      legs.push({ type: "verbatim", text: rest });
      return legs;
    } else {
      throw new BuilderError(
        where,
        `cannot read the path near "${rest}"`,
        'Write paths like "$.order.items[0].sku".',
      );
    }
    rest = rest.slice((field ?? quoted ?? index)?.[0].length ?? 3);
  }
  return legs;
}

const parsed = new Map<string, readonly LegNode[]>();
const PARSED_LIMIT = 4096;

/**
 * Splits `"$.a.b"` into legs; the root must be `$` alone (input-relative paths). Machines repeat the same few
 * paths, so the (frozen) legs of each are kept: at most PARSED_LIMIT, then the cache starts over.
 */
export function parseInputPath(text: string, where: string): readonly LegNode[] {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const legs = freezeDeep(parseRootedPath(text, where));
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(text, legs);
  return legs;
}

function parseRootedPath(text: string, where: string): LegNode[] {
  if (text === "$") return [];
  if (!text.startsWith("$") || text.startsWith("$$")) {
    throw new BuilderError(
      where,
      `"${text}" is not a path into the state input`,
      'Start it with "$." (use `context` for "$$." and `vars` for variables).',
    );
  }
  return parseLegs(text.slice(1), where);
}
