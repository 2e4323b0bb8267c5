/**
 * The context object (`$$` in JSONPath, `$states.context` in JSONata).
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html
 */
export interface ContextObject {
  readonly Execution: {
    readonly Id: string;
    /** The execution input; narrow it with a schema before use. */
    readonly Input: unknown;
    readonly Name: string;
    readonly RoleArn: string;
    readonly StartTime: string;
    readonly RedriveCount: number;
    readonly RedriveTime?: string;
  };
  readonly State: { readonly EnteredTime: string; readonly Name: string; readonly RetryCount: number };
  readonly StateMachine: { readonly Id: string; readonly Name: string };
  /** Only inside a Task with the `.waitForTaskToken` pattern. */
  readonly Task: { readonly Token: string };
  /** Only inside a Map's ItemSelector. */
  readonly Map: {
    readonly Item: {
      readonly Index: number;
      readonly Value: unknown;
      readonly Key?: string;
      readonly Source?: string;
    };
  };
}
