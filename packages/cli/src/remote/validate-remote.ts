import type { RemoteValidationResult, ValidateRemoteOptions } from "@statesmith/deploy/remote";
import { UserError } from "../cli/errors.js";

export type { RemoteValidationResult };

export type RemoteOptions = Pick<ValidateRemoteOptions, "endpoint" | "region">;

export type RemoteValidator = (definition: string) => Promise<RemoteValidationResult>;

/**
 * AWS's own verdict on a definition (ValidateStateMachineDefinition), through @statesmith/deploy/remote.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinition.html
 * The SDK is imported only when --remote asks for it: it is slow to load.
 */
export async function remoteValidator(options: RemoteOptions): Promise<RemoteValidator> {
  // The SDK warns on Node 20 about its own future updates; that says nothing about the definitions checked here
  // and would be mixed into the command's findings on stderr. A user who wants it can set the variable to false.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const { validateRemote } = await import("@statesmith/deploy/remote");
  return async (definition) => {
    try {
      return await validateRemote(definition, options);
    } catch (error) {
      // RemoteError says what is missing (credentials, region) and how to provide it; no SDK stack.
      throw new UserError(`--remote: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
  };
}
