import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/statesmith.js", import.meta.url));
export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface BinOptions {
  readonly cwd?: string;
  /** Added to (or, with undefined, removed from) the child's environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
}

/**
 * Runs the real `statesmith` bin in a child process, from source (STATESMITH_FROM_SOURCE=1) so that it sees the
 * sibling packages as they are now. No AWS_* variable leaks in from the developer's shell, and the EC2 metadata
 * endpoint is off, so that nothing can reach AWS. Asynchronous, so that a fake server in the test can answer it.
 */
export function runBin(args: readonly string[], options: BinOptions = {}): Promise<BinResult> {
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_")),
  );
  Object.assign(
    env,
    { STATESMITH_FROM_SOURCE: "1", AWS_EC2_METADATA_DISABLED: "true", NO_COLOR: "1" },
    options.env,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? PACKAGE_ROOT,
      env,
      stdio: "pipe",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `statesmith ${args.join(" ")} did not finish in ${options.timeoutMs ?? 30_000} ms:\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
