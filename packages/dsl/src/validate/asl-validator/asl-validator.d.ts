// asl-validator 4.0.0 ships no type declarations; this is the part of its API we call.
declare module "asl-validator" {
  interface AslValidatorError {
    readonly "Error code": string;
    readonly Message: string;
    readonly schemaError?: { readonly instancePath: string; readonly schemaPath: string };
  }
  interface AslValidatorResult {
    readonly isValid: boolean;
    readonly errors: readonly AslValidatorError[];
  }
  function validator(
    definition: unknown,
    options?: { readonly checkPaths: boolean; readonly checkArn: boolean },
  ): AslValidatorResult;
  export = validator;
}
