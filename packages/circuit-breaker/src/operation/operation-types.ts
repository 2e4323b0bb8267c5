/** What the protected operation receives: the caller's request, plus optional failure injection. */
export interface OperationRequest {
  readonly [field: string]: unknown;
  /** Demos and tests: make this call fail, or slow it down. */
  readonly simulate?: {
    readonly fail?: boolean;
    /** The error name to fail with (default "DependencyFailure"; e.g. "Lambda.TooManyRequestsException"). */
    readonly error?: string;
    readonly latencyMs?: number;
  };
}

/** What the protected operation answers. */
export interface OperationResponse {
  readonly ok: true;
  readonly servedAt: string;
  readonly echo: unknown;
  /** The upstream's answer, when UPSTREAM_URL is set. */
  readonly upstream?: { readonly status: number; readonly body: string };
}

/** A failure of the dependency the operation calls (Step Functions sees `error.name` as the Error). */
export class DependencyError extends Error {
  constructor(message: string, name = "DependencyFailure") {
    super(message);
    this.name = name;
  }
}
