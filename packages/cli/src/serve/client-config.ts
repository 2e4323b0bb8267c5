/**
 * The SFNClient settings for a local endpoint. `disableHostPrefix` matters: the SDK sends StartSyncExecution
 * and TestState to `sync-<host>` (a hostPrefix endpoint trait), and `sync-127.0.0.1` does not resolve.
 * https://github.com/aws/aws-sdk-js-v3/issues/3451
 */
export function sfnClientConfig(server: { readonly url: string; readonly region: string }) {
  return {
    endpoint: server.url,
    region: server.region,
    disableHostPrefix: true,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  } as const;
}
