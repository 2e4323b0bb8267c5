import { dynamodb, type Expr } from "@statesmith/dsl";
import { expr } from "../jsonata/expr.js";
import type { Kit } from "./kit.js";

type Values = Readonly<
  Record<
    string,
    { readonly S: string | Expr<string> } | { readonly N: string | Expr<string> } | { readonly BOOL: boolean }
  >
>;

/** An UpdateItem of the circuit's state item that returns the item (ALL_NEW) for `$circuit`. */
export function updateCircuit(
  kit: Kit,
  update: { readonly expression: string; readonly condition?: string; readonly values: Values },
) {
  return dynamodb.updateItem({
    TableName: kit.options.table,
    Key: kit.key("circuit"),
    UpdateExpression: update.expression,
    ...(update.condition !== undefined && { ConditionExpression: update.condition }),
    ExpressionAttributeValues: update.values,
    ReturnValues: "ALL_NEW",
  });
}

/** Attribute values spelled once. */
export const value = {
  s: (text: string) => ({ S: text }),
  n: (number: number) => ({ N: String(number) }),
  /** A number computed by JSONata. */
  computed: (jsonata: string) => ({ N: expr<string>(`$string(${jsonata})`) }),
  text: (jsonata: string) => ({ S: expr<string>(jsonata) }),
};
