import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The first stack frame in the user's own code, as `file:line:column` relative to cwd: not node's internals,
 * not node_modules, not the src/ or dist/ of a @statesmith package (a builder that refuses a value throws from
 * inside the DSL, but the line to fix is the user's call).
 */
export function userLocation(error: unknown, cwd: string): string | undefined {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  for (const frame of stack.split("\n").slice(1)) {
    const match = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(frame.trim());
    if (!match?.[1]) continue;
    const file = match[1].startsWith("file://") ? fileURLToPath(match[1]) : match[1];
    if (!file.startsWith(sep) && !/^[A-Za-z]:\\/.test(file)) continue;
    if (file.includes(`${sep}node_modules${sep}`) || isStatesmithSource(file)) continue;
    return `${relative(cwd, file) || file}:${match[2]}:${match[3]}`;
  }
  return undefined;
}

const packageNames = new Map<string, string | undefined>();

function isStatesmithSource(file: string): boolean {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const name = packageName(dir);
    if (name === undefined) continue;
    const inside = relative(dir, file).split(sep)[0];
    return name.startsWith("@statesmith/") && (inside === "src" || inside === "dist");
  }
  return false;
}

function packageName(dir: string): string | undefined {
  if (!packageNames.has(dir)) {
    const manifest = join(dir, "package.json");
    packageNames.set(dir, existsSync(manifest) ? readName(manifest) : undefined);
  }
  return packageNames.get(dir);
}

function readName(manifest: string): string {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name ?? "";
  } catch {
    return "";
  }
}
