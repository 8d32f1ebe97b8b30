// The installed package required as CommonJS by plain JavaScript, with no build step.
"use strict";
const assert = require("node:assert/strict");
const { ErrorCode, NotFoundError, errorFromResponse, withRetry } = require("PACKAGE");

const error = errorFromResponse(404, "<html>not json</html>");
assert.ok(error instanceof NotFoundError);
assert.equal(error.code, "");
assert.equal(error.retryable, false);
assert.equal(ErrorCode.MODEL_NOT_FOUND, "MODEL_NOT_FOUND");
assert.equal(typeof withRetry, "function");
console.log("cjs: ok");
