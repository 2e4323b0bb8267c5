/** SendTaskSuccess/Failure/Heartbeat with a token the engine does not know (AWS: TaskDoesNotExist, InvalidToken). */
export class TaskTokenError extends Error {
  constructor(
    readonly code: "TaskDoesNotExist" | "InvalidToken" | "TaskTimedOut",
    message: string,
  ) {
    super(message);
    this.name = "TaskTokenError";
  }
}

/** StartExecution refused before anything ran (AWS: InvalidExecutionInput, ExecutionAlreadyExists…). */
export class StartExecutionError extends Error {
  constructor(
    readonly code: "InvalidExecutionInput" | "ExecutionAlreadyExists" | "EngineClosed",
    message: string,
  ) {
    super(message);
    this.name = "StartExecutionError";
  }
}
