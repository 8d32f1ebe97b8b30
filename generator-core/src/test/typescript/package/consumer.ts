// A TypeScript project's use of the installed package, type-checked against its declarations.
import {
  type ApiError,
  ErrorCode,
  type ErrorInfo,
  ERRORS,
  RateLimitExceededError,
  createError,
  errorFromResponse,
  hasCode,
  withRetry,
} from "PACKAGE";

export function describe(body: string): string {
  const error: ApiError = errorFromResponse(429, body, { "retry-after": "2" });
  if (error instanceof RateLimitExceededError) {
    const status: 429 = error.status;
    return `wait ${error.retryAfterMs ?? status}`;
  }
  if (hasCode(error, ErrorCode.MODEL_NOT_FOUND)) {
    const code: "MODEL_NOT_FOUND" = error.code;
    return code;
  }
  return error.message;
}

export const info: ErrorInfo = ERRORS[ErrorCode.QUOTA_EXCEEDED];
export const envelope: string = createError(ErrorCode.MISSING_API_KEY, { issue: "no key" }).toJson("req_1");
export const retried: Promise<number> = withRetry(() => 1, { maxAttempts: 2 });

// @ts-expect-error not a code of the catalog
createError("NO_SUCH_CODE");
