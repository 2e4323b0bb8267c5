import type { SFN } from "@aws-sdk/client-sfn";
import { describe, expectTypeOf, it } from "vitest";
import type { ActionName } from "../../src/serve/actions/index.js";

describe("the dispatch table's action names", () => {
  it("are all real Step Functions operations (the SDK's aggregated client has a method for each)", () => {
    expectTypeOf<Uncapitalize<ActionName>>().toExtend<keyof SFN>();
    // @ts-expect-error a made-up action is not an SFN operation
    expectTypeOf<Uncapitalize<ActionName | "StartSomething">>().toExtend<keyof SFN>();
  });
});
