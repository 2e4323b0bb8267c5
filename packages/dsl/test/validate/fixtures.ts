import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import "./helpers.js";

/** The AWS documentation examples, as parsed JSON, by file name. The CLI reuses these files. */
export const AWS_DOCS_DIRECTORY = fileURLToPath(new URL("./fixtures/aws-docs/", import.meta.url));

export const awsDocsFixtures: readonly [string, Record<string, unknown>][] = readdirSync(AWS_DOCS_DIRECTORY)
  .filter((file) => file.endsWith(".asl.json"))
  .sort()
  .map((file) => [
    file,
    JSON.parse(readFileSync(AWS_DOCS_DIRECTORY + file, "utf8")) as Record<string, unknown>,
  ]);
