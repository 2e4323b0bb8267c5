export type { Io } from "./cli/io.js";
export { COMMANDS, type CommandName } from "./commands/index.js";
export { main } from "./main.js";
export { type RunningServer, type ServeOptions, sfnClientConfig, startServer } from "./serve/index.js";
