import { BuilderError } from "../builder/builder-error.js";

/**
 * A deploy-time value: `placeholder("ChargeFunctionArn")` is the literal `"${ChargeFunctionArn}"`, kept intact
 * in the emitted ASL for CloudFormation / CDK `DefinitionSubstitutions` to replace.
 */
export function placeholder<const N extends string>(name: N): `\${${N}}` {
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new BuilderError(
      `placeholder("${name}")`,
      "a substitution name may hold letters, digits and underscores only",
      'Use a name like "ChargeFunctionArn".',
    );
  }
  return `\${${name}}` as `\${${N}}`;
}

/** Every `${Name}` placeholder in a JSON text, in order of first appearance. */
export function placeholdersIn(json: string): string[] {
  return [...new Set([...json.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1]!))];
}

/**
 * Fills `${Name}` placeholders in a definition's JSON text, as CloudFormation's DefinitionSubstitutions do at
 * deploy time (for running the same ASL locally). Every placeholder needs a value; values are JSON-escaped.
 */
export function fillPlaceholders(json: string, values: Readonly<Record<string, string>>): string {
  const missing = placeholdersIn(json).filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    throw new BuilderError(
      "fillPlaceholders()",
      `no value for ${missing.map((name) => `\${${name}}`).join(", ")}`,
      `Pass { ${missing.map((name) => `${name}: "…"`).join(", ")} }.`,
    );
  }
  return json.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name: string) =>
    JSON.stringify(values[name]).slice(1, -1),
  );
}
