// `@statesmith/deploy/remote` is loaded by the CLI: it must not pull in aws-cdk-lib (tens of MB) or anything
// that does. Checked on the sources, so it holds before any build.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const remoteDir = fileURLToPath(new URL("../../src/remote/", import.meta.url));
const sources = readdirSync(remoteDir).filter((file) => file.endsWith(".ts"));

describe("src/remote imports", () => {
  it.each(sources)("%s imports only the SDK, node, its siblings and types", (file) => {
    const text = readFileSync(join(remoteDir, file), "utf8");
    const imports = [...text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)].map((m) => ({
      typeOnly: Boolean(m[2]),
      from: m[3]!,
    }));
    for (const { typeOnly, from } of imports) {
      const allowed = from.startsWith("./") || from.startsWith("node:") || from === "@aws-sdk/client-sfn";
      expect(allowed || (typeOnly && from === "@statesmith/dsl"), `${file} imports ${from}`).toBe(true);
    }
  });
});
