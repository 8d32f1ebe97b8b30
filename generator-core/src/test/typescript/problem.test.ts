// The problem catalog (format: problem): toJson writes RFC 9457 problem documents, the bytes the
// generated Java writes. Reading them back (errorFromResponse) is tested where it is implemented.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ApiError, ErrorCode, createError } from "./errors.js";

const java = JSON.parse(readFileSync(new URL("./java.json", import.meta.url), "utf8")) as {
  issue: string;
  documents: Record<string, string>;
};
const NEW_YEAR = new Date(Date.UTC(2024, 0, 1, 0, 0, 0, 999));

describe("toJson of a format: problem catalog", () => {
  it("writes the bytes the generated Java writes, for every code", () => {
    assert.deepEqual(Object.keys(java.documents), Object.keys(ErrorCode));
    for (const [code, json] of Object.entries(java.documents)) {
      assert.equal(createError(code as ErrorCode, { issue: java.issue }).toJson("req-1", NEW_YEAR), json, code);
    }
  });

  it("writes type and title from the catalog, detail only when it is not the title, params after issue", () => {
    assert.equal(
      createError(ErrorCode.INVALID_MODEL).toJson(undefined, NEW_YEAR),
      '{"type":"https://docs.example.com/errors/invalid-model","title":"Model name is not valid","status":400,' +
        '"code":"INVALID_MODEL","timestamp":"2024-01-01T00:00:00Z","field":"model"}',
    );
    assert.equal(
      createError(ErrorCode.RATE_LIMITED, { params: { limit: 10, window_seconds: 0.5 } }).toJson("r", NEW_YEAR),
      '{"type":"https://docs.example.com/errors/rate-limited",' +
        '"title":"Title with \\"quotes\\", \\u003ctags\\u003e \\u0026 a \\u003c/script\\u003e","status":429,' +
        '"detail":"Slow down: 10 requests per 0.5 s","code":"RATE_LIMITED","request_id":"r",' +
        '"timestamp":"2024-01-01T00:00:00Z","params":{"limit":10,"window_seconds":0.5}}',
    );
  });

  it("writes violations last, the first also as field and issue", () => {
    const error = createError(ErrorCode.VALIDATION_FAILED, { violations: [{ field: "a", issue: "x\u2028" }, { issue: "y" }] });
    const document = JSON.parse(error.toJson(undefined, NEW_YEAR)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(document).slice(-3), ["field", "issue", "violations"]);
    assert.deepEqual(document["violations"], [{ field: "a", issue: "x\u2028" }, { issue: "y" }]);
  });

  it("gives a code this module does not know no type, and its status's reason phrase as title", () => {
    assert.equal(
      new ApiError(404, { code: "NEW_CODE", message: "Not Found" }).toJson(undefined, NEW_YEAR),
      '{"title":"Not Found","status":404,"code":"NEW_CODE","timestamp":"2024-01-01T00:00:00Z"}',
    );
    assert.equal(
      new ApiError(418, { code: "NEW_CODE", message: "Teapot" }).toJson(undefined, NEW_YEAR),
      '{"status":418,"detail":"Teapot","code":"NEW_CODE","timestamp":"2024-01-01T00:00:00Z"}',
    );
  });
});
