/**
 * Definition substitutions: `${Name}` placeholders in the ASL that CloudFormation replaces at deploy time
 * (AWS::StepFunctions::StateMachine DefinitionSubstitutions,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html).
 */
import { StatesmithDeployError } from "./deploy-error.js";

const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;

/** The placeholder names a definition uses, sorted. */
export function findPlaceholders(json: string): string[] {
  const names = new Set<string>();
  for (const match of json.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}

/** Every placeholder must be given and nothing else: a stray key usually means a renamed placeholder. */
export function checkSubstitutions(used: readonly string[], given: Readonly<Record<string, string>>): void {
  const missing = used.filter((name) => !Object.hasOwn(given, name));
  const extra = Object.keys(given).filter((name) => !used.includes(name));
  if (missing.length > 0) {
    const example = missing.map((name) => `${name}: …`).join(", ");
    throw new StatesmithDeployError(
      `the definition uses ${missing.map((name) => `\${${name}}`).join(", ")} but substitutions has no value for ${
        missing.length === 1 ? "it" : "them"
      }. Fix: pass substitutions: { ${example} } (e.g. a function ARN or table name token).`,
    );
  }
  if (extra.length > 0) {
    throw new StatesmithDeployError(
      `substitutions gives ${extra.join(", ")} but the definition has no \${${extra[0]}} placeholder` +
        ` (it uses: ${used.length > 0 ? used.join(", ") : "none"}). Fix: remove the key or correct its spelling.`,
    );
  }
}

/** The single placeholder a whole value consists of (`"${TableName}"` → `TableName`), if it is one. */
export function wholePlaceholder(value: string): string | undefined {
  const match = /^\$\{([A-Za-z0-9_]+)\}$/.exec(value);
  return match?.[1];
}

/**
 * Naming convention for a value that is exactly one placeholder: `…Arn` carries an ARN, anything else a
 * name (a table name, a function name). Only fields that accept either need it (FunctionName, TableName).
 */
export function placeholderCarriesArn(name: string): boolean {
  return name.endsWith("Arn");
}

/** Text split into literal pieces and placeholder names, for splicing in deploy-time tokens. */
export type TemplatePiece = { readonly literal: string } | { readonly placeholder: string };

export function splitTemplate(template: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let last = 0;
  for (const match of template.matchAll(/\$\{([A-Za-z0-9_:]+)\}/g)) {
    if (match.index > last) pieces.push({ literal: template.slice(last, match.index) });
    pieces.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push({ literal: template.slice(last) });
  return pieces;
}
