import type { LambdaHandler } from "@statesmith/local";
import { UserError } from "../cli/errors.js";
import type { Io } from "../cli/io.js";
import { reportStrayErrors } from "../cli/stray-errors.js";
import { errorText } from "../load/typescript-module.js";
import { loadHandlers } from "../run/handlers.js";
import { type ServeCommandValues, serveBanner, serveOptions } from "./command-options.js";
import { startServer } from "./start-server.js";

/** `statesmith serve`: starts both endpoints, prints where they are, serves until SIGINT / SIGTERM. */
export async function runServe(
  values: ServeCommandValues & { readonly handlers?: string },
  io: Io,
): Promise<number> {
  const options = serveOptions(values, io.env, io.cwd);
  const handlers: Record<string, LambdaHandler> | undefined =
    values.handlers === undefined ? undefined : await loadHandlers(values.handlers, io.cwd);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      ...options,
      ...(handlers && { handlers }),
      log: (line) => io.stderr(`${line}\n`),
      ...(values.verbose && { trace: (line: string) => io.stderr(`${line}\n`) }),
    });
  } catch (error) {
    // A mock config the engine cannot read, a port in use: the user's to fix, said in one line.
    throw new UserError(errorText(error), 2);
  }
  io.stdout(serveBanner(server, options));
  const stopReporting = reportStrayErrors(io, "serve");
  try {
    const signal = await untilStopped();
    io.stderr(`statesmith serve: ${signal}, stopping\n`);
    await server.close();
  } finally {
    stopReporting();
  }
  return 0;
}

function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
