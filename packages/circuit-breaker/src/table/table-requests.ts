import { circuitTableDesign, ITEM } from "./table-design.js";

/**
 * The table as a CreateTable request (plain data, so no AWS SDK is needed here): for local endpoints and
 * tests. On AWS the deploy package creates it with the same keys.
 */
export function createCircuitTableInput(tableName: string) {
  const { partitionKey, sortKey } = circuitTableDesign;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    KeySchema: [
      { AttributeName: partitionKey.name, KeyType: "HASH" as const },
      { AttributeName: sortKey.name, KeyType: "RANGE" as const },
    ],
    AttributeDefinitions: [
      { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
      { AttributeName: sortKey.name, AttributeType: sortKey.type },
    ],
  };
}

/** The key of a circuit's state item. */
export const circuitItemKey = (circuit: string) => ({ pk: { S: circuit }, sk: { S: ITEM.circuit } });

type AttributeValue = { readonly N?: string; readonly S?: string; readonly BOOL?: boolean };

/** A state item read back (GetItem's `Item`), numbers parsed; undefined before the circuit's first write. */
export function parseCircuitItem(
  item: Readonly<Record<string, AttributeValue>> | undefined,
): Record<string, string | number | boolean> | undefined {
  if (!item) return undefined;
  return Object.fromEntries(
    Object.entries(item).map(([name, value]) => [
      name,
      value.N !== undefined ? Number(value.N) : (value.S ?? value.BOOL ?? JSON.stringify(value)),
    ]),
  );
}
