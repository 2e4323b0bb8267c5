import { createIntegration, type Integration, type Templated } from "./integration.js";

/**
 * Amazon DynamoDB optimized integrations. Items are typed by their attribute shape:
 * `dynamodb.getItem<{ pk: "S"; failures: "N" }>(…)` gives `{ Item?: { pk: { S: string }; failures: { N: string } } }`.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */

export type AttributeKind = "S" | "N" | "B" | "BOOL" | "NULL" | "SS" | "NS" | "BS" | "L" | "M";

/** A DynamoDB AttributeValue (numbers travel as strings). */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: string }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly BS: readonly string[] }
  | { readonly L: readonly AttributeValue[] }
  | { readonly M: { readonly [name: string]: AttributeValue } };

export interface AttributeValueOf {
  readonly S: { readonly S: string };
  readonly N: { readonly N: string };
  readonly B: { readonly B: string };
  readonly BOOL: { readonly BOOL: boolean };
  readonly NULL: { readonly NULL: true };
  readonly SS: { readonly SS: readonly string[] };
  readonly NS: { readonly NS: readonly string[] };
  readonly BS: { readonly BS: readonly string[] };
  readonly L: { readonly L: readonly AttributeValue[] };
  readonly M: { readonly M: { readonly [name: string]: AttributeValue } };
}

/** An item's attribute shape: attribute name to kind, optional attributes marked `?`. */
export type ItemShape = { readonly [attribute: string]: AttributeKind | undefined };
export type ItemOf<Shape extends ItemShape> = {
  -readonly [K in keyof Shape]: AttributeValueOf[NonNullable<Shape[K]>];
};

export type DynamoDbError =
  | "DynamoDB.AmazonDynamoDBException"
  | "DynamoDB.ConditionalCheckFailedException"
  | "DynamoDB.InternalServerErrorException"
  | "DynamoDB.ItemCollectionSizeLimitExceededException"
  | "DynamoDB.ProvisionedThroughputExceededException"
  | "DynamoDB.RequestLimitExceeded"
  | "DynamoDB.ResourceNotFoundException"
  | "DynamoDB.ThrottlingException"
  | "DynamoDB.TransactionConflictException";

type KeyOf<Shape extends ItemShape> = {
  readonly [K in keyof Shape]?: Templated<AttributeValueOf[NonNullable<Shape[K]>]>;
};
type Values = { readonly [placeholder: string]: Templated<AttributeValue> };
type Names = { readonly [placeholder: string]: string };

interface Common {
  readonly TableName: Templated<string>;
  readonly ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
}

interface Conditional {
  readonly ConditionExpression?: Templated<string>;
  readonly ExpressionAttributeNames?: Names;
  readonly ExpressionAttributeValues?: Values;
  readonly ReturnItemCollectionMetrics?: "SIZE" | "NONE";
  readonly ReturnValuesOnConditionCheckFailure?: "ALL_OLD" | "NONE";
}

export interface GetItemParameters<Shape extends ItemShape> extends Common {
  readonly Key: KeyOf<Shape>;
  readonly ConsistentRead?: boolean;
  readonly ProjectionExpression?: string;
  readonly ExpressionAttributeNames?: Names;
}

export interface PutItemParameters<Shape extends ItemShape> extends Common, Conditional {
  readonly Item: Templated<ItemOf<Shape>>;
  readonly ReturnValues?: "NONE" | "ALL_OLD";
}

export interface UpdateItemParameters<Shape extends ItemShape> extends Common, Conditional {
  readonly Key: KeyOf<Shape>;
  readonly UpdateExpression: Templated<string>;
  readonly ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
}

export interface DeleteItemParameters<Shape extends ItemShape> extends Common, Conditional {
  readonly Key: KeyOf<Shape>;
  readonly ReturnValues?: "NONE" | "ALL_OLD";
}

interface Metadata {
  readonly ConsumedCapacity?: { readonly TableName: string; readonly CapacityUnits: number };
}
export interface GetItemResult<Shape extends ItemShape> extends Metadata {
  /** Absent when no item has the key. */
  readonly Item?: ItemOf<Shape>;
}
export interface WriteItemResult<Shape extends ItemShape> extends Metadata {
  /** Present when ReturnValues asks for attributes. */
  readonly Attributes?: Partial<ItemOf<Shape>>;
}

const action =
  (name: string) =>
  <R>(parameters: object): Integration<R, DynamoDbError> =>
    createIntegration({ resource: `arn:aws:states:::dynamodb:${name}`, parameters });

export const dynamodb = Object.freeze({
  getItem: action("getItem") as <Shape extends ItemShape>(
    parameters: GetItemParameters<Shape>,
  ) => Integration<GetItemResult<Shape>, DynamoDbError>,
  putItem: action("putItem") as <Shape extends ItemShape>(
    parameters: PutItemParameters<Shape>,
  ) => Integration<WriteItemResult<Shape>, DynamoDbError>,
  updateItem: action("updateItem") as <Shape extends ItemShape>(
    parameters: UpdateItemParameters<Shape>,
  ) => Integration<WriteItemResult<Shape>, DynamoDbError>,
  deleteItem: action("deleteItem") as <Shape extends ItemShape>(
    parameters: DeleteItemParameters<Shape>,
  ) => Integration<WriteItemResult<Shape>, DynamoDbError>,
});
