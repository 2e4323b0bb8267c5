import { readFileSync } from "node:fs";
import {
  CreateTableCommand,
  type DynamoDBClient,
  GetItemCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { GetExecutionHistoryCommand, type HistoryEvent, type SFNClient } from "@aws-sdk/client-sfn";
import {
  circuitItemKey,
  createCircuitTableInput,
  PLACEHOLDERS,
  parseCircuitItem,
} from "@statesmith/circuit-breaker";
import { fillPlaceholders } from "@statesmith/dsl";
import { OPERATION_ARN } from "../../fixtures/serve/circuit-operation.js";

export const TABLE = "circuits";

/** The committed ASL as CDK's DefinitionSubstitutions would deploy it, read at test time (never a copy). */
export function breakerDefinition(): string {
  const committed = readFileSync(
    new URL("../../../../circuit-breaker/asl/circuit-breaker.asl.json", import.meta.url),
    "utf8",
  );
  return fillPlaceholders(committed, {
    [PLACEHOLDERS.operation]: OPERATION_ARN,
    [PLACEHOLDERS.table]: TABLE,
  });
}

/** The breaker's table, keyed as its design says, once it is ACTIVE (it is CREATING when CreateTable answers). */
export async function createCircuitTable(dynamodb: DynamoDBClient): Promise<void> {
  await dynamodb.send(new CreateTableCommand(createCircuitTableInput(TABLE)));
  await waitUntilTableExists(
    { client: dynamodb, maxWaitTime: 10, minDelay: 0.01, maxDelay: 0.1 },
    { TableName: TABLE },
  );
}

/** A circuit's state item, numbers parsed (undefined before its first write). */
export async function circuitItem(
  dynamodb: DynamoDBClient,
  circuit: string,
): Promise<Record<string, string | number | boolean> | undefined> {
  const { Item } = await dynamodb.send(
    new GetItemCommand({ TableName: TABLE, Key: circuitItemKey(circuit), ConsistentRead: true }),
  );
  return parseCircuitItem(Item);
}

/** Every event of an execution's history, fetched `maxResults` at a time by following nextToken. */
export async function historyInPages(
  sfn: SFNClient,
  executionArn: string,
  maxResults: number,
): Promise<{ readonly events: HistoryEvent[]; readonly pages: number }> {
  const events: HistoryEvent[] = [];
  let pages = 0;
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults, nextToken }));
    events.push(...(page.events ?? []));
    pages += 1;
    nextToken = page.nextToken;
  } while (nextToken);
  return { events, pages };
}

/**
 * Resolves once at least `marginMs` are left in the current clock minute: the breaker counts calls in windows
 * aligned to the minute, so a story that must trip within one window starts early enough in it.
 */
export async function awayFromWindowEnd(marginMs: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
