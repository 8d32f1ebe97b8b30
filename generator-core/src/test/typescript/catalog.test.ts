// Any catalog: the generated module holds exactly what the spec says, text for text. The JUnit
// test writes catalog.json beside the compiled tests, from the spec as the Java loader read it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import * as errors from "./errors.js";
import { ApiError, ERRORS, ErrorCode, createError, errorFromResponse } from "./errors.js";

interface ExpectedCode {
  code: string;
  status: number;
  message: string;
  description: string;
  field: string | null;
  retryable: boolean;
  deprecated: string | null;
}

interface ExpectedStatus {
  status: number;
  reason: string;
  className: string | null;
}

const expected = JSON.parse(readFileSync(new URL("./catalog.json", import.meta.url), "utf8")) as {
  format: "envelope" | "problem";
  codes: ExpectedCode[];
  statuses: ExpectedStatus[];
  problemTypeBase: string | null;
};
const members = errors as unknown as Record<string, unknown>;

function classOf(status: number): unknown {
  const className = expected.statuses.find((s) => s.status === status)?.className;
  return className == null ? ApiError : members[className];
}

describe("problem documents", () => {
  it("a type under the catalog's problem type base names the code of its slug; under another base none", () => {
    for (const c of expected.codes) {
      const slug = c.code.toLowerCase().replace(/_/g, "-");
      const other = errorFromResponse(c.status, JSON.stringify({ type: "https://elsewhere.example/" + slug, status: c.status }));
      assert.equal(other.code, "", c.code);
      if (expected.problemTypeBase !== null) {
        const problem = errorFromResponse(c.status, JSON.stringify({ type: expected.problemTypeBase + slug, status: c.status }));
        assert.equal(problem.code, c.code);
        assert.equal(problem.errorCode, c.code);
      }
    }
  });
});

describe("the catalog's data", () => {
  it("ErrorCode lists every code, in catalog order, as its own text", () => {
    assert.deepEqual(Object.keys(ErrorCode), expected.codes.map((c) => c.code));
    for (const [name, value] of Object.entries(ErrorCode)) {
      assert.equal(value, name);
    }
  });

  it("ERRORS holds each code's status, message, description, field, retry advice and deprecation exactly", () => {
    assert.deepEqual(Object.keys(ERRORS), expected.codes.map((c) => c.code));
    for (const c of expected.codes) {
      const want: Record<string, unknown> = { status: c.status, message: c.message, description: c.description };
      if (c.field !== null) {
        want["field"] = c.field;
      }
      want["retryable"] = c.retryable;
      if (c.deprecated !== null) {
        want["deprecated"] = c.deprecated;
      }
      assert.deepEqual(ERRORS[c.code as ErrorCode], want, c.code);
    }
  });

  it("ERRORS and its rows are frozen", () => {
    assert.ok(Object.isFrozen(ERRORS));
    for (const info of Object.values(ERRORS)) {
      assert.ok(Object.isFrozen(info));
    }
  });
});

describe("one class per error status", () => {
  for (const s of expected.statuses) {
    it(`status ${s.status} gives ${s.className ?? "ApiError"}, for an unknown code and for a body with none`, () => {
      const type = classOf(s.status) as typeof ApiError;
      assert.equal(typeof type, "function");
      const withCode = errorFromResponse(s.status, '{"error":{"code":"NEW_CODE","message":"new"}}');
      const withoutCode = errorFromResponse(s.status, "<html>");
      for (const error of [withCode, withoutCode]) {
        assert.equal(error.constructor, type);
        assert.ok(error instanceof type);
        assert.ok(error instanceof ApiError);
        assert.equal(error.status, s.status);
        assert.equal(error.name, s.className ?? "ApiError");
      }
      assert.equal(withCode.code, "NEW_CODE");
      assert.equal(withCode.errorCode, undefined);
      assert.equal(withoutCode.code, "");
      assert.equal(withoutCode.message, s.reason);
    });
  }

  it("a status the catalog does not list gives ApiError, with HTTP and the status as message", () => {
    const listed = new Set(expected.statuses.map((s) => s.status));
    const status = [299, 499, 598, 418].find((candidate) => !listed.has(candidate)) ?? 0;
    const error = errorFromResponse(status, "");
    assert.equal(error.constructor, ApiError);
    assert.equal(error.message, "HTTP " + status);
  });
});

describe("every code, server to client", () => {
  for (const c of expected.codes) {
    it(`${c.code} goes through createError, toJson and errorFromResponse unchanged`, () => {
      const sent = createError(c.code as ErrorCode, { issue: "issue of " + c.code, requestId: "req-" + c.code });
      assert.equal(sent.constructor, classOf(c.status));
      const received = errorFromResponse(c.status, sent.toJson());
      assert.equal(received.constructor, classOf(c.status));
      assert.equal(received.code, c.code);
      assert.equal(received.errorCode, c.code);
      assert.equal(received.message, c.message);
      assert.equal(received.field, c.field ?? undefined);
      assert.equal(received.issue, "issue of " + c.code);
      assert.equal(received.requestId, "req-" + c.code);
      assert.equal(received.retryable, c.retryable);
    });
  }
});
