/** A one-Task machine and a Step Functions Local mock config with two test cases for it. */
export const CHECKOUT_MOCKS = {
  StateMachines: {
    Checkout: {
      TestCases: {
        HappyPath: { Charge: "ChargeOk" },
        Declined: { Charge: "ChargeDeclined" },
      },
    },
  },
  MockedResponses: {
    ChargeOk: { "0": { Return: { StatusCode: 200, Payload: { charged: true } } } },
    ChargeDeclined: { "0": { Throw: { Error: "PaymentDeclined", Cause: "card expired" } } },
  },
};

export const CHECKOUT = {
  StartAt: "Charge",
  States: {
    Charge: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "charge", "Payload.$": "$" },
      OutputPath: "$.Payload",
      End: true,
    },
  },
};
