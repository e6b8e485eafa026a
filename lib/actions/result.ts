// What every action returns to the UI: data, or a typed refusal with a plain
// message. Never a stack trace.
export type ActionErrorCode =
  | "unauthenticated" // nobody is signed in
  | "forbidden" // the policy says no
  | "invalid" // the input failed validation; fieldErrors names the fields
  | "not_found"
  | "conflict" // someone else changed it first (optimistic concurrency)
  | "invalid_state" // the step is not allowed from the current status
  | "personal_data" // looks like personal data: confirm or edit
  | "throttled" // too many wrong attempts: wait, then try again
  | "error"; // anything unexpected (logged on the server)

export type ActionFailure<D = unknown> = {
  ok: false;
  code: ActionErrorCode;
  message: string;
  fieldErrors?: Record<string, string>;
  details?: D;
};

export type ActionResult<T, D = unknown> = { ok: true; data: T } | ActionFailure<D>;

/**
 * Thrown inside a handler to refuse and roll the transaction back. `field`
 * names the input field the refusal is about (it becomes the result's
 * fieldErrors); the message itself is a plain sentence.
 */
export class ActionRefusal extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly details?: unknown,
    readonly field?: string,
  ) {
    super(message);
  }
}
