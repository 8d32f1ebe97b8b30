// The seed catalog: what errorFromResponse reads from response headers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type HeadersLike, errorFromResponse } from "./errors.js";

const NOW = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));
const BODY = '{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded"}}';

function retryAfterMs(headers: HeadersLike): number | undefined {
  return errorFromResponse(429, BODY, headers, NOW).retryAfterMs;
}

describe("Retry-After", () => {
  it("in whole seconds", () => {
    assert.equal(retryAfterMs({ "Retry-After": "120" }), 120_000);
    assert.equal(retryAfterMs({ "Retry-After": "0" }), 0);
    assert.equal(retryAfterMs({ "Retry-After": " 7\t" }), 7000);
    assert.equal(retryAfterMs({ "Retry-After": "0007" }), 7000);
  });

  it("as an HTTP date, counted from the injected now; a date in the past means 0", () => {
    assert.equal(retryAfterMs({ "Retry-After": "Mon, 01 Jan 2024 12:00:30 GMT" }), 30_000);
    assert.equal(retryAfterMs({ "Retry-After": "Tue, 02 Jan 2024 12:00:00 GMT" }), 86_400_000);
    assert.equal(retryAfterMs({ "Retry-After": "Sun, 31 Dec 2023 23:59:59 GMT" }), 0);
    assert.equal(retryAfterMs({ "Retry-After": "Mon, 01 Jan 2024 11:59:59 GMT" }), 0);
    assert.equal(retryAfterMs({ "Retry-After": "Thu, 29 Feb 2024 00:00:00 GMT" }), Date.UTC(2024, 1, 29) - NOW.getTime());
  });

  it("in the obsolete RFC 850 and asctime forms too", () => {
    assert.equal(retryAfterMs({ "Retry-After": "Monday, 01-Jan-24 12:01:00 GMT" }), 60_000);
    assert.equal(retryAfterMs({ "Retry-After": "Mon Jan  1 12:00:05 2024" }), 5000);
    assert.equal(retryAfterMs({ "Retry-After": "Wed Jan 10 12:00:00 2024" }), 9 * 86_400_000);
    // A two-digit year more than 50 years ahead is in the past century.
    assert.equal(retryAfterMs({ "Retry-After": "Sunday, 06-Nov-94 08:49:37 GMT" }), 0);
  });

  it("ignores anything else", () => {
    const junk = [
      "", "soon", "-5", "+5", "5s", "1e3", "0x10", "1.5", "5 minutes", "\u0665",
      "Mon, 01 Jan 2024 12:00:30 UTC", "mon, 01 Jan 2024 12:00:30 GMT", "Mon, 1 Jan 2024 12:00:30 GMT",
      "Mon, 30 Feb 2024 12:00:30 GMT", "Mon, 01 Jan 2024 24:00:00 GMT", "Mon, 01 Jan 2024 12:60:00 GMT",
      "Mon, 00 Jan 2024 12:00:30 GMT", "Mon, 01 Foo 2024 12:00:30 GMT", "2024-01-01T12:00:30Z",
    ];
    for (const value of junk) {
      assert.equal(retryAfterMs({ "Retry-After": value }), undefined, JSON.stringify(value));
    }
  });
});

describe("retry-after-ms", () => {
  it("is a non-negative decimal number of milliseconds", () => {
    assert.equal(retryAfterMs({ "retry-after-ms": "1500" }), 1500);
    assert.equal(retryAfterMs({ "retry-after-ms": "12.5" }), 12.5);
    assert.equal(retryAfterMs({ "retry-after-ms": "0" }), 0);
  });

  it("wins over Retry-After", () => {
    assert.equal(retryAfterMs({ "Retry-After": "120", "retry-after-ms": "1500" }), 1500);
    assert.equal(retryAfterMs({ "retry-after-ms": "1500", "Retry-After": "120" }), 1500);
  });

  it("when malformed is ignored, and Retry-After counts", () => {
    for (const value of ["soon", "-1", "1e3", ".5", "5.", "", "NaN", "Infinity"]) {
      assert.equal(retryAfterMs({ "retry-after-ms": value, "Retry-After": "3" }), 3000, JSON.stringify(value));
    }
  });
});

describe("header names and values", () => {
  it("match ignoring case", () => {
    assert.equal(retryAfterMs({ "RETRY-AFTER": "3" }), 3000);
    assert.equal(retryAfterMs({ "rEtRy-AfTeR-mS": "4" }), 4);
    assert.equal(errorFromResponse(500, "", { "X-REQUEST-ID": "abc" }).requestId, "abc");
  });

  it("are read from a fetch Headers, a Map or a plain object", () => {
    assert.equal(retryAfterMs(new Headers({ "Retry-After": "2" })), 2000);
    assert.equal(retryAfterMs(new Map([["Retry-After", "2"]])), 2000);
    assert.equal(retryAfterMs({ "retry-after": "2" }), 2000);
  });

  it("take the first value of a repeated header", () => {
    assert.equal(retryAfterMs({ "retry-after": ["4", "9"] }), 4000);
    assert.equal(retryAfterMs({ "Retry-After": "4", "retry-after": "9" }), 4000);
    const repeated = new Headers();
    repeated.append("Retry-After", "4");
    repeated.append("Retry-After", "9");
    repeated.append("X-Request-Id", "first");
    repeated.append("X-Request-Id", "second");
    assert.equal(repeated.get("retry-after"), "4, 9");
    assert.equal(retryAfterMs(repeated), 4000);
    assert.equal(errorFromResponse(500, "", repeated).requestId, "first");
    const dates = new Headers();
    dates.append("Retry-After", "Mon, 01 Jan 2024 12:00:30 GMT");
    dates.append("Retry-After", "Mon, 01 Jan 2024 12:00:40 GMT");
    assert.equal(retryAfterMs(dates), 30_000);
  });

  it("that cannot be read say nothing, and never throw", () => {
    const throwing = {
      get "retry-after"(): string {
        throw new Error("getter");
      },
    };
    const forEachThrows = {
      forEach(): void {
        throw new Error("forEach");
      },
    };
    for (const headers of [throwing, forEachThrows, null, 42, "Retry-After: 5", [["Retry-After", "5"]]]) {
      assert.equal(retryAfterMs(headers as unknown as HeadersLike), undefined);
    }
    assert.equal(retryAfterMs({ "retry-after": undefined, "Retry-After": "6" }), 6000);
  });
});

describe("X-Request-Id", () => {
  it("is the request id when the body carries none", () => {
    assert.equal(errorFromResponse(500, '{"error":{"code":"INTERNAL_ERROR"}}', { "X-Request-Id": "from-header" }).requestId, "from-header");
    assert.equal(errorFromResponse(502, "<html>", { "X-Request-Id": "from-header" }).requestId, "from-header");
  });

  it("gives way to the body's meta.request_id", () => {
    const body = '{"error":{"code":"INTERNAL_ERROR"},"meta":{"request_id":"from-body"}}';
    assert.equal(errorFromResponse(500, body, { "X-Request-Id": "from-header" }).requestId, "from-body");
  });

  it("is absent when empty", () => {
    assert.equal(errorFromResponse(500, "", { "X-Request-Id": "" }).requestId, undefined);
    assert.equal(errorFromResponse(500, "").requestId, undefined);
  });
});
