export { sfnClientConfig } from "./client-config.js";
export type { RunningServer, ServeOptions } from "./serve-options.js";
export { startServer } from "./start-server.js";
