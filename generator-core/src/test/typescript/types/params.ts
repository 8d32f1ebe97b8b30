// Type tests for the params catalog's module: compiled under the strict flags and never run. An
// expected error (ts-expect-error) fails the compile when the line after it compiles.
import {
  type ApiError,
  type CreateErrorArguments,
  type ErrorParams,
  type ModelNotFoundParams,
  type NoParams,
  type ParamValue,
  type Violation,
  ErrorCode,
  createError,
  hasCode,
} from "./errors.js";

export function typed(): ApiError[] {
  return [
    createError(ErrorCode.MODEL_NOT_FOUND, { params: { model: "gpt-9", available: 3 } }),
    createError(ErrorCode.TOKEN_LIMIT, { params: { max_tokens: 4096, ratio: 0.5, strict: true }, issue: "too long" }),
    // Param names that are keywords in TypeScript, Java or Python.
    createError(ErrorCode.RESERVED_NAMES, { params: { class: "c", default: "d", from: 1 } }),
    // A code without params takes no params, as before.
    createError(ErrorCode.VALIDATION_FAILED, { violations: [{ field: "model", issue: "is required" }, { issue: "no body" }] }),
    createError(ErrorCode.TEMPLATE_LIKE),
    createError(ErrorCode.TEMPLATE_LIKE, undefined),
  ];
}

export function missingOrWrong(): void {
  // @ts-expect-error a code with params requires them
  createError(ErrorCode.MODEL_NOT_FOUND);
  // @ts-expect-error and options without params are not enough
  createError(ErrorCode.MODEL_NOT_FOUND, { issue: "x" });
  // @ts-expect-error a missing key
  createError(ErrorCode.MODEL_NOT_FOUND, { params: { model: "gpt-9" } });
  // @ts-expect-error a misspelt key
  createError(ErrorCode.MODEL_NOT_FOUND, { params: { modle: "gpt-9", available: 3 } });
  // @ts-expect-error an extra key
  createError(ErrorCode.MODEL_NOT_FOUND, { params: { model: "gpt-9", available: 3, extra: 1 } });
  // @ts-expect-error a wrong type
  createError(ErrorCode.MODEL_NOT_FOUND, { params: { model: "gpt-9", available: "3" } });
  // @ts-expect-error a boolean for a number
  createError(ErrorCode.TOKEN_LIMIT, { params: { max_tokens: true, ratio: 0.5, strict: true } });
  // @ts-expect-error params are undefined only where they are not required
  createError(ErrorCode.MODEL_NOT_FOUND, { params: undefined });
  // @ts-expect-error a code without params takes none
  createError(ErrorCode.VALIDATION_FAILED, { params: { model: "x" } });
  // @ts-expect-error a violation needs its issue
  createError(ErrorCode.VALIDATION_FAILED, { violations: [{ field: "model" }] });
}

/** A code known only as an ErrorCode takes params or none; they are checked when it runs. */
export function untyped(code: ErrorCode): ApiError[] {
  const params: Readonly<Record<string, ParamValue>> = { model: "gpt-9", available: 3 };
  // @ts-expect-error values are strings, numbers and booleans
  createError(code, { params: { model: null } });
  return [createError(code), createError(code, { params }), createError(code, { issue: "x" })];
}

/** A union of codes with params takes the params of one of them. */
export function union(code: typeof ErrorCode.MODEL_NOT_FOUND | typeof ErrorCode.QUOTA_EXCEEDED): ApiError {
  // @ts-expect-error a union of codes with params still requires params
  createError(code);
  return createError(code, { params: { model: "gpt-9", available: 3 } });
}

/** hasCode narrows code and params; params and violations are read on any error. */
export function read(error: unknown): string {
  if (hasCode(error, ErrorCode.MODEL_NOT_FOUND)) {
    const code: "MODEL_NOT_FOUND" = error.code;
    const model: string = error.params.model;
    const available: number = error.params.available;
    // @ts-expect-error params are read-only
    error.params.model = "x";
    // @ts-expect-error a param the code does not have is not declared (only the index signature reads it)
    void error.params.modle;
    return `${code} ${model} ${available}`;
  }
  if (hasCode(error, ErrorCode.TOKEN_LIMIT)) {
    const strict: boolean = error.params.strict;
    // @ts-expect-error strict is a boolean
    const text: string = error.params.strict;
    return `${strict} ${text}`;
  }
  if (hasCode(error, ErrorCode.VALIDATION_FAILED)) {
    const violations: readonly Violation[] = error.violations;
    const first: string | undefined = violations[0]?.field;
    // @ts-expect-error violations are read-only
    error.violations.push({ issue: "x" });
    return first ?? "";
  }
  // @ts-expect-error hasCode takes the catalog's codes only
  hasCode(error, "NOT_A_CODE");
  return "";
}

export function any(error: ApiError): ParamValue | undefined {
  const params: Readonly<Record<string, ParamValue>> = error.params;
  // @ts-expect-error params are read-only
  error.params["x"] = 1;
  return params["model"];
}

/** The type map: each code's params interface, NoParams for a code without. */
export const map: [ErrorParams["MODEL_NOT_FOUND"], ErrorParams["VALIDATION_FAILED"]] = [
  { model: "m", available: 1 } satisfies ModelNotFoundParams,
  {} satisfies NoParams,
];
export type Arguments = CreateErrorArguments<"TEMPLATE_LIKE">;
