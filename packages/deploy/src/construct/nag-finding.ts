/**
 * cdk-nag names an IAM5 (wildcard) finding after the resource as written in the template, with references
 * flattened (`{"Fn::GetAtt":["Fn","Arn"]}` → `<Fn.Arn>`). Acknowledging one finding, not the whole rule,
 * keeps a wildcard added later visible. This mirrors cdk-nag's flattening so the construct can acknowledge
 * exactly the wildcards it adds on purpose — without depending on cdk-nag at run time.
 */
import { Stack } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

export function wildcardFindingId(scope: IConstruct, resource: string): string {
  return `AwsSolutions-IAM5[Resource::${flatten(Stack.of(scope).resolve(resource))}]`;
}

function flatten(node: unknown): string {
  if (node === undefined) return "";
  if (typeof node === "string") return node.replace(/\$\{/g, "<").replace(/\}/g, ">");
  if (typeof node !== "object" || node === null) return JSON.stringify(node);
  const record = node as Record<string, unknown>;
  if (Array.isArray(record["Fn::Join"])) {
    const [delimiter, items] = record["Fn::Join"] as [string, unknown[]];
    return items.map(flatten).join(delimiter);
  }
  if (record["Fn::Sub"] !== undefined) return flatten(record["Fn::Sub"]);
  if (Array.isArray(record["Fn::GetAtt"])) {
    const [resource, attribute] = record["Fn::GetAtt"] as [unknown, unknown];
    return `<${flatten(resource)}.${flatten(attribute)}>`;
  }
  if (record["Fn::ImportValue"] !== undefined) return flatten(record["Fn::ImportValue"]);
  if (record.Ref !== undefined) return `<${flatten(record.Ref)}>`;
  return JSON.stringify(node);
}
