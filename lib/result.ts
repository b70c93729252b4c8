// The one result shape every server action returns and every form understands.

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "invalid"
  | "not_found"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "internal";

export type ActionError = {
  code: ErrorCode;
  message: string;
  /** Per-field messages, keyed by the input's field name (for forms). */
  fieldErrors?: Record<string, string[]>;
  /** On "conflict": the newer values the caller's edit would have overwritten. */
  current?: unknown;
};

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Thrown inside an action body for an expected failure; the wrapper turns it into a result. */
export class ActionFailure extends Error {
  constructor(public readonly error: ActionError) {
    super(error.message);
    this.name = "ActionFailure";
  }
}

export const fail = (code: ErrorCode, message: string, extra?: Partial<ActionError>): never => {
  throw new ActionFailure({ code, message, ...extra });
};

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Every error code, for the API document's one error schema. */
export const ERROR_CODES = Object.keys(HTTP_STATUS) as [ErrorCode, ...ErrorCode[]];
