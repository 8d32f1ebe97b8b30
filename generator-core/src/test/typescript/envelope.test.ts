// The seed catalog: createError and toJson write the envelope errorspec's Java server writes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BadRequestError, ErrorCode, RateLimitExceededError, createError, errorFromResponse } from "./errors.js";

const NEW_YEAR = new Date(Date.UTC(2024, 0, 1, 0, 0, 0, 999));

describe("createError", () => {
  it("makes the error of the code's status, with the catalog's message and field", () => {
    const error = createError(ErrorCode.PROMPT_TOO_LONG, { issue: "12,000 tokens" });
    assert.ok(error instanceof BadRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.code, "PROMPT_TOO_LONG");
    assert.equal(error.errorCode, ErrorCode.PROMPT_TOO_LONG);
    assert.equal(error.message, "Prompt exceeds maximum length");
    assert.equal(error.field, "prompt");
    assert.equal(error.issue, "12,000 tokens");
    assert.equal(error.requestId, undefined);
    assert.equal(error.retryable, false);
    assert.equal(error.body, "");
  });

  it("takes a field, a request id and a server wait", () => {
    const error = createError(ErrorCode.MISSING_REQUIRED_FIELD, { field: "model", requestId: "req_2" });
    assert.equal(error.field, "model");
    assert.equal(error.requestId, "req_2");
    assert.equal(createError(ErrorCode.RATE_LIMIT_EXCEEDED, { retryAfterMs: 30_000 }).retryAfterMs, 30_000);
  });

  it("refuses a code the catalog does not have, from JavaScript callers", () => {
    assert.throws(() => createError("NOT_A_CODE" as ErrorCode), {
      name: "TypeError",
      message: "not an error code of this catalog: NOT_A_CODE",
    });
    assert.throws(() => createError("toString" as ErrorCode), TypeError);
  });
});

describe("toJson", () => {
  it("writes the envelope compactly, members in order, the timestamp to the second", () => {
    const error = createError(ErrorCode.PROMPT_TOO_LONG, { issue: "12,000 tokens" });
    assert.equal(
      error.toJson("req_1", NEW_YEAR),
      '{"success":false,"error":{"code":"PROMPT_TOO_LONG","message":"Prompt exceeds maximum length",' +
        '"doc_url":"https://docs.example.com/errors.html#prompt-too-long",' +
        '"details":{"field":"prompt","issue":"12,000 tokens"}},"meta":{"request_id":"req_1","timestamp":"2024-01-01T00:00:00Z"}}',
    );
  });

  it("leaves out details without field and issue, and the request id without one", () => {
    assert.equal(
      createError(ErrorCode.RATE_LIMIT_EXCEEDED).toJson(undefined, NEW_YEAR),
      '{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded",' +
        '"doc_url":"https://docs.example.com/errors.html#rate-limit-exceeded"},"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
    );
    assert.equal(
      createError(ErrorCode.INVALID_REQUEST, { issue: "no body" }).toJson(undefined, NEW_YEAR),
      '{"success":false,"error":{"code":"INVALID_REQUEST","message":"The request was invalid",' +
        '"doc_url":"https://docs.example.com/errors.html#invalid-request","details":{"issue":"no body"}},' +
        '"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
    );
  });

  it("sends doc_url, the catalog's link, after the message; a received doc_url wins when read", () => {
    const error = createError(ErrorCode.MODEL_NOT_FOUND);
    assert.equal(error.docUrl, "https://docs.example.com/errors.html#model-not-found");
    assert.equal(
      errorFromResponse(404, '{"error":{"code":"MODEL_NOT_FOUND","doc_url":"https://example.org/x#y"}}').docUrl,
      "https://example.org/x#y",
    );
    assert.equal(errorFromResponse(404, '{"error":{"code":"NEW_CODE","doc_url":7}}').docUrl, undefined);
    assert.equal(errorFromResponse(502, "<html>").docUrl, undefined);
  });

  it("uses the error's own request id unless given one", () => {
    const error = createError(ErrorCode.INTERNAL_ERROR, { requestId: "own" });
    assert.match(error.toJson(undefined, NEW_YEAR), /"request_id":"own"/);
    assert.match(error.toJson("given", NEW_YEAR), /"request_id":"given"/);
  });

  it("stamps the current time by default", () => {
    const json = JSON.parse(createError(ErrorCode.INTERNAL_ERROR).toJson()) as { meta: { timestamp: string } };
    assert.match(json.meta.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("escapes what JSON needs, and <, >, &, U+2028, U+2029 and lone surrogates, as the Java server does", () => {
    const issue = 'a"b\\c\n\t\u0001</script>&\u2028\u2029 😀 \ud800 é';
    const json = createError(ErrorCode.INVALID_REQUEST, { issue }).toJson(undefined, NEW_YEAR);
    assert.ok(
      json.includes(
        '"issue":"a\\"b\\\\c\\u000a\\u0009\\u0001\\u003c/script\\u003e\\u0026\\u2028\\u2029 😀 \\ud800 é"',
      ),
      json,
    );
    assert.equal((JSON.parse(json) as { error: { details: { issue: string } } }).error.details.issue, issue);
  });

  it("round-trips through errorFromResponse", () => {
    const sent = createError(ErrorCode.CONCURRENT_LIMIT_EXCEEDED, { issue: "5 running", field: "n" });
    const received = errorFromResponse(sent.status, sent.toJson("req_3"), { "Retry-After": "2" });
    assert.ok(received instanceof RateLimitExceededError);
    assert.deepEqual(
      [received.code, received.message, received.field, received.issue, received.requestId, received.retryAfterMs],
      [sent.code, sent.message, "n", "5 running", "req_3", 2000],
    );
  });
});
