import { SFNClient, type SFNClientConfig } from "@aws-sdk/client-sfn";

export interface RemoteOptions {
  /** Default: AWS_REGION / the profile's region; `us-east-1` when only an endpoint is given. */
  readonly region?: string;
  /** A Step Functions-compatible endpoint, e.g. `statesmith serve` or Step Functions Local. */
  readonly endpoint?: string;
  /** Default: the SDK's chain (environment, AWS_PROFILE, SSO, container and instance roles). */
  readonly credentials?: SFNClientConfig["credentials"];
}

export function createClient(options: RemoteOptions = {}): SFNClient {
  return new SFNClient({
    region: options.region ?? (options.endpoint ? "us-east-1" : undefined),
    endpoint: options.endpoint,
    credentials: options.credentials,
    // A local endpoint answers at once or not at all: fail fast instead of retrying with backoff.
    maxAttempts: options.endpoint ? 1 : undefined,
  });
}
