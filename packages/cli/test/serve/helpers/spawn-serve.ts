import { type ChildProcess, spawn } from "node:child_process";
import { BIN, PACKAGE_ROOT } from "../../helpers/run-bin.js";

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly dynamodbUrl: string;
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs the real `statesmith serve` bin (from source) and resolves once its banner says where it listens. */
export function spawnServe(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<ServeProcess> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_")));
  const child = spawn(process.execPath, [BIN, "serve", ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...clean, STATESMITH_FROM_SOURCE: "1", AWS_EC2_METADATA_DISABLED: "true", ...env },
    stdio: "pipe",
  });
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`statesmith serve printed no banner in 20 s:\n${out}\n${err}`));
    }, 20_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`statesmith serve exited (${code}) before listening:\n${out}\n${err}`));
    });
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /Step Functions on (http:\/\/\S+), DynamoDB on (http:\/\/\S+) /.exec(out);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      resolve({
        child,
        url: match[1],
        dynamodbUrl: match[2],
        stdout: () => out,
        stderr: () => err,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
      });
    });
  });
}
