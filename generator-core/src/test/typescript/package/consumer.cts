// A CommonJS TypeScript file's use of the installed package: its require-side declarations.
import { ErrorCode, errorFromResponse } from "PACKAGE";

export const code: ErrorCode = ErrorCode.OVERLOADED;
export const retryable: boolean = errorFromResponse(503, "").retryable;
