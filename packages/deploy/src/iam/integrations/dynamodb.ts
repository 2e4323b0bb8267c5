/**
 * DynamoDB optimized integrations: each of getItem, putItem, updateItem, deleteItem needs that one action
 * on that one table. https://docs.aws.amazon.com/step-functions/latest/dg/dynamo-iam.html
 */
import { dynamodbTableArn } from "../arn-templates.js";
import { anyResource, arn, type Permission, permission } from "../permission.js";
import { staticString } from "../task-arguments.js";
import type { Deriver, TaskContext } from "./task-context.js";

function itemAction(iamAction: string): Deriver {
  return (task: TaskContext): Permission[] => {
    const table = staticString(task.payload.field("TableName"), "TableName");
    const resource = "why" in table ? anyResource(table.why) : arn(dynamodbTableArn(table.value));
    return [permission(task.stateName, [iamAction], [resource])];
  };
}

export const dynamodbGetItem = itemAction("dynamodb:GetItem");
export const dynamodbPutItem = itemAction("dynamodb:PutItem");
export const dynamodbUpdateItem = itemAction("dynamodb:UpdateItem");
export const dynamodbDeleteItem = itemAction("dynamodb:DeleteItem");
