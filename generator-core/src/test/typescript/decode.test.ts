// The seed catalog: errorFromResponse and raiseForStatus never throw, whatever the body, and keep it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ApiError,
  BadGatewayError,
  BadRequestError,
  ErrorCode,
  InternalServerError,
  RateLimitExceededError,
  ServiceUnavailableError,
  errorFromResponse,
  raiseForStatus,
} from "./errors.js";

const ENVELOPE =
  '{"success":false,"error":{"code":"PROMPT_TOO_LONG","message":"Prompt exceeds maximum length",' +
  '"details":{"field":"prompt","issue":"12,000 tokens"}},"meta":{"request_id":"req_1","timestamp":"2024-01-01T00:00:00Z"}}';

const MIB = 1024 * 1024;

/** An envelope of exactly `bytes` bytes of UTF-8, padded with `filler` (and ASCII for the rest). */
function envelopeOfBytes(bytes: number, filler = "x"): string {
  const prefix = '{"error":{"code":"INVALID_REQUEST"},"x":"';
  const suffix = '"}';
  const room = bytes - prefix.length - suffix.length;
  const size = new TextEncoder().encode(filler).length;
  return prefix + filler.repeat(Math.floor(room / size)) + "x".repeat(room % size) + suffix;
}

describe("an error envelope", () => {
  it("gives the class of the status with every member of the envelope", () => {
    const error = errorFromResponse(400, ENVELOPE);
    assert.ok(error instanceof BadRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.code, "PROMPT_TOO_LONG");
    assert.equal(error.errorCode, ErrorCode.PROMPT_TOO_LONG);
    assert.equal(error.message, "Prompt exceeds maximum length");
    assert.equal(error.field, "prompt");
    assert.equal(error.issue, "12,000 tokens");
    assert.equal(error.requestId, "req_1");
    assert.equal(error.retryable, false);
    assert.equal(error.retryAfterMs, undefined);
    assert.equal(error.body, ENVELOPE);
  });

  it("may have JSON white space around it", () => {
    assert.equal(errorFromResponse(400, ' \r\n\t{"error":{"code":"INVALID_REQUEST"}}\n ').code, "INVALID_REQUEST");
  });

  it("picks the class by the response's status, not by the code's catalog status", () => {
    const error = errorFromResponse(503, '{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"m"}}');
    assert.ok(error instanceof ServiceUnavailableError);
    assert.ok(!(error instanceof RateLimitExceededError));
    assert.equal(error.errorCode, ErrorCode.RATE_LIMIT_EXCEEDED);
  });

  it("keeps a code this module does not know, retryable exactly for 429 and 5xx", () => {
    const retryable = new Map([[400, false], [404, false], [418, false], [429, true], [500, true], [503, true], [599, true]]);
    for (const [status, expected] of retryable) {
      const error = errorFromResponse(status, '{"error":{"code":"BRAND_NEW","message":"New"}}');
      assert.equal(error.code, "BRAND_NEW");
      assert.equal(error.errorCode, undefined);
      assert.equal(error.message, "New");
      assert.equal(error.retryable, expected, "status " + status);
    }
  });

  it("takes a known code's retry advice from the catalog, whatever the status", () => {
    assert.equal(errorFromResponse(500, '{"error":{"code":"INVALID_REQUEST"}}').retryable, false);
    assert.equal(errorFromResponse(400, '{"error":{"code":"OVERLOADED"}}').retryable, true);
  });

  it("ignores members of the wrong type and unknown members", () => {
    const body =
      '{"error":{"code":"INVALID_REQUEST","message":5,"details":{"field":["x"],"issue":null},"extra":{}},' +
      '"meta":{"request_id":42},"more":[1,2,3]}';
    const error = errorFromResponse(400, body);
    assert.equal(error.code, "INVALID_REQUEST");
    assert.equal(error.message, "");
    assert.equal(error.field, undefined);
    assert.equal(error.issue, undefined);
    assert.equal(error.requestId, undefined);
    assert.equal(errorFromResponse(400, '{"error":{"code":"X","details":"none"},"meta":[]}').code, "X");
  });

  it("reads own members only: __proto__ in the body is a member like any other", () => {
    const error = errorFromResponse(400, '{"error":{"code":"X","__proto__":{"details":{"field":"f"}}},"__proto__":{"meta":{"request_id":"r"}}}');
    assert.equal(error.code, "X");
    assert.equal(error.field, undefined);
    assert.equal(error.requestId, undefined);
    assert.equal(({} as Record<string, unknown>)["details"], undefined);
  });

  it("accepts nesting 32 levels deep, as errorspec's Java and Python clients do", () => {
    const nested = (levels: number): string => "[".repeat(levels) + "]".repeat(levels);
    // The document is level 1 and "x" level 2: 30 more levels reach 32.
    assert.equal(errorFromResponse(400, '{"error":{"code":"X"},"x":' + nested(31) + "}").code, "X");
    assert.equal(errorFromResponse(400, '{"error":{"code":"X"},"x":' + nested(32) + "}").code, "");
  });
});

describe("a body that is no error envelope", () => {
  const deep = 200_000;
  const bodies: Record<string, string> = {
    "an HTML page from a proxy": "<html><body><h1>502 Bad Gateway</h1></body></html>",
    "an empty body": "",
    "white space": " \n\t ",
    "broken JSON": '{"error":{"code":"INVALID_REQUEST"',
    "JSON with text after it": '{"error":{"code":"INVALID_REQUEST"}} trailing',
    "null": "null",
    "an array": '[{"error":{"code":"INVALID_REQUEST"}}]',
    "a string": '"INVALID_REQUEST"',
    "a number": "429",
    "an error that is text": '{"error":"INVALID_REQUEST"}',
    "an error that is an array": '{"error":["INVALID_REQUEST"]}',
    "a code that is a number": '{"error":{"code":400}}',
    "no code": '{"error":{"message":"The request was invalid"}}',
    "no error member": '{"success":false,"code":"INVALID_REQUEST"}',
    "arrays 200,000 levels deep": "[".repeat(deep) + "]".repeat(deep),
    "objects 200,000 levels deep": '{"a":'.repeat(deep) + "1" + "}".repeat(deep),
    "an envelope holding 200,000 levels": '{"error":{"code":"INVALID_REQUEST"},"x":' + "[".repeat(deep) + "]".repeat(deep) + "}",
    "unclosed nesting 200,000 levels deep": '{"error":{"code":"INVALID_REQUEST"},"x":' + "[".repeat(deep),
    "16 MB of HTML": "<p>" + "x".repeat(16 * 1024 * 1024) + "</p>",
    "a lone surrogate and control characters": '{"error":{"code":"\ud800\u0000"',
    "an envelope of 1 MiB and one byte": envelopeOfBytes(MIB + 1),
    "an envelope of 1 MiB and one byte, in three-byte characters": envelopeOfBytes(MIB + 1, "\u20ac"),
    "an envelope of 1 MiB and one byte, in surrogate pairs": envelopeOfBytes(MIB + 1, "\ud83d\ude00"),
  };
  for (const [what, body] of Object.entries(bodies)) {
    it(`${what}: the status's class, code "", the reason as message, the body kept`, () => {
      const error = errorFromResponse(502, body);
      assert.equal(error.constructor, BadGatewayError);
      assert.equal(error.code, "");
      assert.equal(error.errorCode, undefined);
      assert.equal(error.message, "Bad Gateway");
      assert.equal(error.retryable, true);
      assert.equal(error.body, body);
    });
  }

  it("an envelope of exactly 1 MiB of UTF-8 is read, also of multi-byte characters", () => {
    for (const filler of ["x", "\u00e9", "\u20ac", "\ud83d\ude00"]) {
      const body = envelopeOfBytes(MIB, filler);
      assert.equal(new TextEncoder().encode(body).length, MIB);
      assert.equal(errorFromResponse(502, body).code, "INVALID_REQUEST", filler);
    }
  });

  it("answers a body over 1 MiB without parsing it: an envelope around 32 MB of nested arrays in milliseconds", () => {
    const body = '{"error":{"code":"INVALID_REQUEST"},"x":' + "[".repeat(16 * MIB) + "]".repeat(16 * MIB) + "}";
    body.charCodeAt(body.length - 1); // flattened as a received body is: timed is the decoding, not V8's joining
    const start = performance.now();
    assert.equal(errorFromResponse(502, body).code, "");
    assert.ok(performance.now() - start < 50, String(performance.now() - start));
  });

  it("ignores a leading byte-order mark, in text and in bytes", () => {
    const body = '\ufeff{"error":{"code":"INVALID_REQUEST"}}';
    assert.equal(errorFromResponse(400, body).code, "INVALID_REQUEST");
    assert.equal(errorFromResponse(400, body).body, body.slice(1));
    assert.equal(errorFromResponse(400, new TextEncoder().encode(body)).code, "INVALID_REQUEST");
  });

  it("reads bytes as UTF-8, invalid sequences as U+FFFD, the envelope around them kept", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('{"error":{"code":"INVALID_REQUEST","message":"cut '), 0xe2, 0x82, ...new TextEncoder().encode('"}}')]);
    const error = errorFromResponse(400, bytes);
    assert.equal(error.code, "INVALID_REQUEST");
    assert.equal(error.message, "cut \ufffd");
  });

  it("a status the catalog lists without a class gives ApiError with the catalog's reason", () => {
    const error = errorFromResponse(200, "<html>");
    assert.equal(error.constructor, ApiError);
    assert.equal(error.message, "Success");
  });

  it("a status the catalog does not list gives ApiError with HTTP and the status", () => {
    const error = errorFromResponse(418, "");
    assert.equal(error.constructor, ApiError);
    assert.equal(error.message, "HTTP 418");
    assert.equal(error.retryable, false);
  });

  it("arguments of the wrong type from JavaScript callers give an error too", () => {
    const untyped = errorFromResponse as (status: unknown, body: unknown, headers?: unknown) => ApiError;
    assert.equal(untyped(500, undefined).body, "");
    assert.ok(untyped(500, { error: { code: "X" } }) instanceof InternalServerError);
    assert.ok(untyped("500", null, 42) instanceof ApiError);
    assert.equal(untyped(Symbol("status"), "").message, "HTTP Symbol(status)");
  });
});

describe("the envelope reader", () => {
  /** The envelope's members as JSON.parse reads them: the reference the one-pass reader must match. */
  function reference(body: string): unknown[] {
    const member = (value: unknown, name: string): unknown =>
      typeof value === "object" && value !== null && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, name)
        ? (value as Record<string, unknown>)[name] : undefined;
    const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
    const depth = (value: unknown): number =>
      typeof value === "object" && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
    let document: unknown;
    try {
      document = /^[ \t\n\r]*\{/.test(body) ? JSON.parse(body) : undefined;
    } catch {
      document = undefined;
    }
    const error = member(document, "error");
    const code = member(error, "code");
    // An envelope with code "" is told from no envelope by its message only: compared as none.
    if (typeof code !== "string" || code === "" || depth(document) > 32) {
      return ["", undefined, undefined, undefined];
    }
    const details = member(error, "details");
    const params = member(details, "params");
    const violations = member(details, "violations");
    const isObject = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);
    return [
      code, text(member(error, "message")) ?? "", text(member(details, "field")), text(member(details, "issue")), text(member(member(document, "meta"), "request_id")),
      isObject(params)
        ? Object.fromEntries(Object.entries(params as object).filter(([, value]) => ["string", "boolean"].includes(typeof value) || Number.isFinite(value)))
        : {},
      Array.isArray(violations)
        ? violations
          .filter((item) => typeof member(item, "issue") === "string")
          .map((item) => (typeof member(item, "field") === "string" ? { field: member(item, "field"), issue: member(item, "issue") } : { issue: member(item, "issue") }))
        : [],
    ];
  }

  it("reads what JSON.parse reads, over 30,000 mutated envelopes", () => {
    const seeds = [
      ENVELOPE,
      '{"error":{"code":"P","details":{"params":{"s":"a","i":4096,"f":0.5,"b":true,"n":null,"o":{"x":[1]},"s":1e400}}}}',
      '{"error":{"code":"V","details":{"violations":[{"field":"a","issue":"x"},{"issue":"y","field":2},"z",[{"issue":"w"}],{"issue":null}],"violations":[{"issue":"last"}]}}}',
      '{"error":{"code":"A","code":"B","message":1},"error":{"code":"C"}}',
      '{"error":{"code":"A\\u0041\\n","details":[1,2,{"field":"x"}]},"meta":{"request_id":null}}',
      '{"error":{"code":"X","details":{"field":"f","issue":"i"}},"x":[[[{"a":[1,-2.5e+3,true,false,null]}]]]}',
      '{"__proto__":{"code":"P"},"error":{"__proto__":1,"code":"Q"}}',
    ];
    const pieces = [
      "{", "}", "[", "]", '"', ",", ":", "\\", "u", "0", "1", "a", "F", "e", "E", "+", "-", ".", "t", "n", "l", " ", "\t", "\n",
      "\u0000", "\u001f", "\u2028", "\ud800", "/", "0041", '"code"', '"error"', '"details"', '"meta"', "true", "null", "01",
      "1.", ".5", '"\\u0063ode"', "\\u00e9", "__proto__", '"params"', '"violations"', '"issue"', '"field"', "1e400",
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let envelopes = 0;
    for (let n = 0; n < 30_000; n++) {
      let body = seeds[random(seeds.length)] ?? "";
      for (let edits = 1 + random(4); edits > 0; edits--) {
        const at = random(body.length + 1);
        const piece = pieces[random(pieces.length)] ?? "";
        const kind = random(3);
        body = body.slice(0, at) + (kind === 1 ? "" : piece) + body.slice(kind === 0 ? at : kind === 1 ? at + 1 + random(3) : at + piece.length);
      }
      const error = errorFromResponse(400, body);
      const expected = reference(body);
      const actual = error.code === ""
        ? ["", undefined, undefined, undefined]
        : [error.code, error.message, error.field, error.issue, error.requestId, error.params, error.violations];
      assert.deepEqual(actual, expected, JSON.stringify(body));
      envelopes += error.code === "" ? 0 : 1;
    }
    assert.ok(envelopes > 5000, String(envelopes));
  });
});

describe("raiseForStatus", () => {
  it("returns a response of any status below 400 itself: a 304 or an unfollowed redirect is no error", async () => {
    for (const status of [200, 201, 204, 302, 304, 399]) {
      const response = new Response(status === 204 || status === 304 ? null : "{}", { status });
      assert.equal(await raiseForStatus(response), response, String(status));
    }
  });

  it("throws for 400", async () => {
    await assert.rejects(raiseForStatus(new Response("", { status: 400 })), BadRequestError);
  });

  it("throws the error of a failed response, with its headers read", async () => {
    const response = new Response('{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded"}}', {
      status: 429,
      headers: { "Retry-After": "7", "X-Request-Id": "req_9" },
    });
    await assert.rejects(raiseForStatus(response), (error: unknown) => {
      assert.ok(error instanceof RateLimitExceededError);
      assert.equal(error.code, ErrorCode.RATE_LIMIT_EXCEEDED);
      assert.equal(error.retryAfterMs, 7000);
      assert.equal(error.requestId, "req_9");
      return true;
    });
  });

  it("throws the status's error when the body cannot be read", async () => {
    const response = { status: 503, headers: {}, text: () => Promise.reject(new TypeError("terminated")) };
    await assert.rejects(raiseForStatus(response), (error: unknown) => {
      assert.ok(error instanceof ServiceUnavailableError);
      assert.equal(error.body, "");
      assert.equal(error.message, "Service Unavailable");
      return true;
    });
  });
});
