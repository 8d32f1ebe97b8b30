// Type tests for the seed catalog's module: compiled with the DOM library and never run. An
// expected error (ts-expect-error) fails the compile when the line after it compiles.
import {
  ApiError,
  BadRequestError,
  ERRORS,
  ErrorCode,
  type ErrorInfo,
  RateLimitExceededError,
  createError,
  errorFromResponse,
  isApiError,
  raiseForStatus,
  withRetry,
} from "./errors.js";

/** raiseForStatus takes a fetch Response and gives it back with its own type. */
export async function fetchJson(url: string): Promise<unknown> {
  const response: Response = await raiseForStatus(await fetch(url));
  return response.json();
}

/** Each status class narrows `status` to its literal; the base class keeps number. */
export function describe(error: unknown): string {
  if (error instanceof RateLimitExceededError) {
    const status: 429 = error.status;
    const wait: number | undefined = error.retryAfterMs;
    return `retry in ${wait ?? status}`;
  }
  if (error instanceof BadRequestError) {
    const status: 400 = error.status;
    return `${status} ${error.field ?? ""} ${error.issue ?? ""}`;
  }
  if (isApiError(error)) {
    const status: number = error.status;
    return `${status} ${error.code} ${error.requestId ?? ""} ${error.body}`;
  }
  return "not an API error";
}

/** Structurally equal classes would leave `never` after the first instanceof: they are not equal. */
export function elseBranch(error: ApiError): number {
  if (error instanceof BadRequestError) {
    return 0;
  }
  return error.status;
}

/** code takes any string, while comparisons with ErrorCode still check spelling. */
export function isQuota(error: ApiError): boolean {
  // @ts-expect-error a misspelt constant does not exist
  void ErrorCode.RATE_LIMIT_EXCEDED;
  return error.code === ErrorCode.RATE_LIMIT_EXCEEDED || error.code === "A_CODE_FROM_A_NEWER_SERVER";
}

export const known: ErrorCode = ErrorCode.OVERLOADED;
// @ts-expect-error ErrorCode is the union of the catalog's codes
export const unknown: ErrorCode = "NOT_A_CODE";

/** errorCode is optional: a code this module does not know has none. */
export function catalogInfo(error: ApiError): ErrorInfo | undefined {
  // @ts-expect-error errorCode may be undefined
  const code: ErrorCode = error.errorCode;
  void code;
  return error.errorCode === undefined ? undefined : ERRORS[error.errorCode];
}

export function readOnly(error: ApiError): void {
  // @ts-expect-error ERRORS is read-only
  ERRORS.OVERLOADED = ERRORS.INTERNAL_ERROR;
  // @ts-expect-error its rows too
  ERRORS.OVERLOADED.retryable = false;
  // @ts-expect-error and so are an error's members
  error.status = 500;
}

export function server(): string {
  // @ts-expect-error createError takes the catalog's codes only
  createError("NOT_A_CODE");
  // Options may be given as undefined, even under exactOptionalPropertyTypes.
  const issue: string | undefined = undefined;
  return createError(ErrorCode.PROMPT_TOO_LONG, { issue, field: "prompt" }).toJson("req_1");
}

/** Headers: fetch's Headers, a Map, a plain object, Node's IncomingHttpHeaders shape. */
export function headers(): ApiError[] {
  return [
    errorFromResponse(429, "", new Headers({ "Retry-After": "1" })),
    errorFromResponse(429, "", new Map([["Retry-After", "1"]])),
    errorFromResponse(429, "", { "retry-after": "1", "set-cookie": ["a", "b"], "x-absent": undefined }),
    errorFromResponse(429, "", undefined, new Date()),
    // The body as bytes: a Uint8Array, or anything built on one.
    errorFromResponse(429, new TextEncoder().encode("{}")),
    // @ts-expect-error a body is text or bytes
    errorFromResponse(429, new ArrayBuffer(0)),
    // @ts-expect-error a header value is text
    errorFromResponse(429, "", { "retry-after": 1 }),
  ];
}

/** withRetry infers the result; every option is optional. */
export const retried: Promise<number> = withRetry(async (attempt) => attempt, {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  jitter: true,
  retryConnectionErrors: true,
  sleep: async () => {},
});
// @ts-expect-error sleep returns a promise
withRetry(() => 1, { sleep: (ms: number) => ms });
