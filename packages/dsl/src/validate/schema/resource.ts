import { describeJson, hasPlaceholder, quote } from "../json/json-value.js";
import { type ValueCheck, whereOf } from "./walk-context.js";

/**
 * Resource fields take an ARN (CreateStateMachine's INVALID_RESOURCE otherwise): a Lambda function or activity,
 * or a service integration such as `arn:aws:states:::dynamodb:putItem`. A `${Placeholder}` anywhere in it is a
 * CloudFormation/CDK definition substitution, replaced before AWS sees the text, so we do not judge it.
 * https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html
 */
const ARN =
  /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):[^:\s]+:[^:\s]*:(\d{12})?:\S+$/;
/** The account field of something shaped like an ARN, to say what is wrong with it. */
const ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:([^:]*):/;

export const isArn = (text: string): boolean => ARN.test(text);

export const resourceArn: ValueCheck = (value, site, walk) => {
  if (typeof value !== "string") {
    walk.report.refused(
      whereOf(site),
      "shape",
      `Resource must be an ARN string, not ${describeJson(value)}.`,
      'Write an ARN such as "arn:aws:states:::lambda:invoke".',
    );
  } else if (walk.checkArn && !hasPlaceholder(value) && !isArn(value)) {
    const account = ACCOUNT.exec(value)?.[1];
    walk.report.refused(
      whereOf(site),
      "resource",
      account && !/^\d{12}$/.test(account)
        ? `${quote(value)} is not an ARN: the account ID "${account}" is not 12 digits.`
        : `${quote(value)} is not an ARN.`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the ${Placeholder} syntax is what the hint teaches.
      'Use an ARN such as "arn:aws:states:::lambda:invoke" or "arn:aws:lambda:us-east-1:123456789012:function:name", or a ${Placeholder} for a definition substitution.',
    );
  }
};
