import type { Template } from "aws-cdk-lib/assertions";

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

export interface PolicyResource {
  logicalId: string;
  roles: unknown[];
  statements: Statement[];
}

/** Every AWS::IAM::Policy of a template with its statements (roles in this repo carry no inline policies). */
export function policies(template: Template): PolicyResource[] {
  const found = template.findResources("AWS::IAM::Policy") as Record<
    string,
    { Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } } }
  >;
  return Object.entries(found).map(([logicalId, resource]) => ({
    logicalId,
    roles: resource.Properties.Roles,
    statements: resource.Properties.PolicyDocument.Statement,
  }));
}

export const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** `{"Fn::GetAtt":["Fn","Arn"]}` → `<Fn.Arn>`, `{"Ref":"T"}` → `<T>`, Fn::Join flattened: readable resources. */
export function render(node: unknown): string {
  if (typeof node === "string") return node;
  const record = node as Record<string, unknown>;
  if (record.Ref !== undefined) return `<${String(record.Ref)}>`;
  if (Array.isArray(record["Fn::GetAtt"])) return `<${(record["Fn::GetAtt"] as string[]).join(".")}>`;
  if (Array.isArray(record["Fn::Join"])) {
    const [delimiter, parts] = record["Fn::Join"] as [string, unknown[]];
    return parts.map(render).join(delimiter);
  }
  if (Array.isArray(record["Fn::Select"])) {
    const [index, list] = record["Fn::Select"] as [number, unknown];
    return `select(${index}, ${render(list)})`;
  }
  if (Array.isArray(record["Fn::Split"])) {
    const [delimiter, source] = record["Fn::Split"] as [string, unknown];
    return `split(${delimiter}, ${render(source)})`;
  }
  return JSON.stringify(node);
}
