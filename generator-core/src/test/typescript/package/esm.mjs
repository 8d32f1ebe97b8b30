// The installed package imported as an ES module by plain JavaScript, with no build step.
import assert from "node:assert/strict";
import { ApiError, ErrorCode, RateLimitExceededError, createError, errorFromResponse, isApiError } from "PACKAGE";

const body = '{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Slow down"}}';
const error = errorFromResponse(429, body, { "Retry-After": "3" });
assert.ok(error instanceof RateLimitExceededError);
assert.ok(error instanceof ApiError);
assert.equal(error.code, ErrorCode.RATE_LIMIT_EXCEEDED);
assert.equal(error.retryAfterMs, 3000);
assert.equal(error.name, "RateLimitExceededError");
assert.match(createError(ErrorCode.MISSING_API_KEY).toJson("req_1"), /"code":"MISSING_API_KEY"/);

// The CommonJS copy of the same package: its errors are this copy's errors too.
const { createRequire } = await import("node:module");
const required = createRequire(import.meta.url)("PACKAGE");
assert.ok(isApiError(required.createError(required.ErrorCode.OVERLOADED)));
assert.ok(required.errorFromResponse(429, body) instanceof RateLimitExceededError);
console.log("esm: ok");
