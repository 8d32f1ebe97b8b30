// The params catalog: createError renders and checks params, toJson writes them and violations as
// errorspec's Java and Python write them, errorFromResponse reads them back, hasCode narrows.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ErrorCode,
  NotFoundError,
  TooManyRequestsError,
  createError,
  errorFromResponse,
  hasCode,
} from "./errors.js";

const NEW_YEAR = new Date(Date.UTC(2024, 0, 1));

/** The message TOKEN_LIMIT renders for a ratio. */
function ratioMessage(ratio: number): string {
  return createError(ErrorCode.TOKEN_LIMIT, { params: { max_tokens: 1, ratio, strict: false } }).message;
}

/** The envelope of `body` after `"error":{`, without its meta. */
function details(json: string): string {
  return json.slice(json.indexOf('"details":'), json.indexOf(',"meta":') - 1);
}

describe("createError with params", () => {
  it("renders the message from the template, keeps the params in declaration order, frozen", () => {
    const error = createError(ErrorCode.MODEL_NOT_FOUND, { params: { available: 3, model: "gpt-9" } });
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.message, "Model gpt-9 not found");
    assert.deepEqual(error.params, { model: "gpt-9", available: 3 });
    assert.deepEqual(Object.keys(error.params), ["model", "available"]);
    assert.ok(Object.isFrozen(error.params));
    assert.deepEqual(error.violations, []);
  });

  it("writes literal braces, numbers and booleans as JavaScript prints them", () => {
    const error = createError(ErrorCode.TOKEN_LIMIT, { params: { max_tokens: 4096, ratio: 0.5, strict: true } });
    assert.equal(error.message, "Asked for 4096 tokens {max} at ratio 0.5, strict=true");
  });

  it("formats numbers as Number#toString: shortest digits, no exponent for 1e-6 <= |x| < 1e21", () => {
    const cases: [number, string][] = [
      [1e21, "1e+21"], [1e20, "100000000000000000000"], [0.000001, "0.000001"], [1e-7, "1e-7"], [-0, "0"],
      [4096, "4096"], [-1.5, "-1.5"], [0.1 + 0.2, "0.30000000000000004"], [123456789.125, "123456789.125"],
      [Number.MAX_VALUE, "1.7976931348623157e+308"], [5e-324, "5e-324"], [-2.5e-8, "-2.5e-8"],
    ];
    assert.deepEqual(cases.map(([ratio]) => ratioMessage(ratio)), cases.map(([, text]) => `Asked for 1 tokens {max} at ratio ${text}, strict=false`));
  });

  it("writes integers as plain digits, up to the safe bounds", () => {
    const message = (from: number): string => createError(ErrorCode.RESERVED_NAMES, { params: { class: "c", default: "d", from } }).message;
    assert.equal(message(Number.MAX_SAFE_INTEGER), "The c of 9007199254740991 has no d");
    assert.equal(message(Number.MIN_SAFE_INTEGER), "The c of -9007199254740991 has no d");
    assert.equal(message(-0), "The c of 0 has no d");
  });

  it("takes params that are not in the message, and params whose names are keywords", () => {
    const quota = createError(ErrorCode.QUOTA_EXCEEDED, { params: { limit: 100, window_seconds: 60.5, hard: false } });
    assert.ok(quota instanceof TooManyRequestsError);
    assert.equal(quota.message, "Your quota is used up");
    assert.deepEqual(quota.params, { limit: 100, window_seconds: 60.5, hard: false });
    const keywords = createError(ErrorCode.RESERVED_NAMES, { params: { class: "Foo", default: "bar", from: 2 } });
    assert.equal(keywords.message, "The Foo of 2 has no bar");
  });

  it("sends the template as written for a code known only as an ErrorCode and given no params", () => {
    const error = createError(ErrorCode.MODEL_NOT_FOUND as ErrorCode);
    assert.equal(error.message, "Model {model} not found");
    assert.deepEqual(error.params, {});
  });

  it("leaves braces of a message without params as they are", () => {
    assert.equal(createError(ErrorCode.TEMPLATE_LIKE).message, "Use {0} or ${x} in a {template}");
  });

  it("refuses a value that does not fit its type, naming the code and the param", () => {
    const tokenLimit = (params: Record<string, unknown>): unknown =>
      createError(ErrorCode.TOKEN_LIMIT, { params: { max_tokens: 1, ratio: 1, strict: true, ...params } as never });
    const rangeErrors: [Record<string, unknown>, string][] = [
      [{ ratio: Number.NaN }, 'TOKEN_LIMIT: param "ratio" must be a finite number, not NaN'],
      [{ ratio: Number.POSITIVE_INFINITY }, 'TOKEN_LIMIT: param "ratio" must be a finite number, not Infinity'],
      [{ max_tokens: 1.5 }, 'TOKEN_LIMIT: param "max_tokens" must be an integer between -(2^53 - 1) and 2^53 - 1, not 1.5'],
      [{ max_tokens: 2 ** 53 }, 'TOKEN_LIMIT: param "max_tokens" must be an integer between -(2^53 - 1) and 2^53 - 1, not 9007199254740992'],
      [{ max_tokens: Number.NaN }, 'TOKEN_LIMIT: param "max_tokens" must be an integer between -(2^53 - 1) and 2^53 - 1, not NaN'],
    ];
    for (const [params, message] of rangeErrors) {
      assert.throws(() => tokenLimit(params), { name: "RangeError", message });
    }
    const typeErrors: [Record<string, unknown>, string][] = [
      [{ max_tokens: "4096" }, 'TOKEN_LIMIT: param "max_tokens" must be an integer between -(2^53 - 1) and 2^53 - 1, not a string'],
      [{ max_tokens: 10n }, 'TOKEN_LIMIT: param "max_tokens" must be an integer between -(2^53 - 1) and 2^53 - 1, not a bigint'],
      [{ ratio: "0.5" }, 'TOKEN_LIMIT: param "ratio" must be a finite number, not a string'],
      [{ strict: "true" }, 'TOKEN_LIMIT: param "strict" must be a boolean, not a string'],
      [{ strict: null }, 'TOKEN_LIMIT: param "strict" must be a boolean, not null'],
      [{ strict: undefined }, 'TOKEN_LIMIT: param "strict" is missing'],
      [{ stritc: true }, 'TOKEN_LIMIT has no param "stritc"'],
    ];
    for (const [params, message] of typeErrors) {
      assert.throws(() => tokenLimit(params), { name: "TypeError", message });
    }
    assert.throws(() => createError(ErrorCode.MODEL_NOT_FOUND, { params: { model: 1, available: 1 } as never }), {
      name: "TypeError",
      message: 'MODEL_NOT_FOUND: param "model" must be a string, not 1',
    });
    assert.throws(() => createError(ErrorCode.MODEL_NOT_FOUND, { params: Object.create({ model: "x", available: 1 }) as never }), {
      name: "TypeError",
      message: 'MODEL_NOT_FOUND: param "model" is missing',
    });
    assert.throws(() => createError(ErrorCode.MODEL_NOT_FOUND, { params: "gpt-9" as never }), {
      name: "TypeError",
      message: "MODEL_NOT_FOUND: params must be an object, not a string",
    });
    const untyped = ErrorCode.VALIDATION_FAILED as ErrorCode;
    assert.throws(() => createError(untyped, { params: { model: "x" } }), { name: "TypeError", message: 'VALIDATION_FAILED has no param "model"' });
  });
});

describe("violations", () => {
  it("are kept, the first also the error's field and issue (as in Java and Python) and sent as details.field and details.issue", () => {
    const error = createError(ErrorCode.VALIDATION_FAILED, {
      violations: [{ field: "model", issue: "is required" }, { issue: "too many fields" }, { field: undefined, issue: "x" }],
    });
    assert.deepEqual(error.violations, [{ field: "model", issue: "is required" }, { issue: "too many fields" }, { issue: "x" }]);
    assert.ok(Object.isFrozen(error.violations) && Object.isFrozen(error.violations[0]));
    assert.equal(error.field, "model");
    assert.equal(error.issue, "is required");
    assert.equal(
      details(error.toJson("r", NEW_YEAR)),
      '"details":{"field":"model","issue":"is required","violations":[{"field":"model","issue":"is required"},{"issue":"too many fields"},{"issue":"x"}]}',
    );
  });

  it("do not replace a field or an issue of the error's own", () => {
    const error = createError(ErrorCode.VALIDATION_FAILED, { issue: "2 fields", violations: [{ field: "a", issue: "bad" }] });
    assert.equal(details(error.toJson("r", NEW_YEAR)), '"details":{"field":"a","issue":"2 fields","violations":[{"field":"a","issue":"bad"}]}');
  });

  it("are cut to the first 100", () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ field: "f" + i, issue: "bad" }));
    const error = createError(ErrorCode.VALIDATION_FAILED, { violations: many });
    assert.equal(error.violations.length, 100);
    assert.equal(error.violations[99]?.field, "f99");
  });

  it("refuses a violation that is not {field?, issue}", () => {
    assert.throws(() => createError(ErrorCode.VALIDATION_FAILED, { violations: [{ field: 1, issue: "x" }] as never }), TypeError);
    assert.throws(() => createError(ErrorCode.VALIDATION_FAILED, { violations: [{ field: "a" }] as never }), TypeError);
    assert.throws(() => createError(ErrorCode.VALIDATION_FAILED, { violations: "x" as never }), {
      name: "TypeError",
      message: "VALIDATION_FAILED: violations must be an array, not a string",
    });
  });
});

describe("toJson with params", () => {
  it("writes details in the order field, issue, params, violations, params in declaration order", () => {
    const error = createError(ErrorCode.TOKEN_LIMIT, {
      params: { strict: true, ratio: 1e21, max_tokens: 4096 },
      issue: "too many",
      field: "max_tokens",
      violations: [{ issue: "v" }],
    });
    assert.equal(
      error.toJson("req_1", NEW_YEAR),
      '{"success":false,"error":{"code":"TOKEN_LIMIT","message":"Asked for 4096 tokens {max} at ratio 1e+21, strict=true",' +
        '"details":{"field":"max_tokens","issue":"too many","params":{"max_tokens":4096,"ratio":1e+21,"strict":true},' +
        '"violations":[{"issue":"v"}]}},"meta":{"request_id":"req_1","timestamp":"2024-01-01T00:00:00Z"}}',
    );
  });

  it("escapes string values as every other text, in the message and in params", () => {
    const error = createError(ErrorCode.MODEL_NOT_FOUND, { params: { model: '</script>"\u2028', available: -0 } });
    assert.equal(
      error.toJson(undefined, NEW_YEAR),
      '{"success":false,"error":{"code":"MODEL_NOT_FOUND","message":"Model \\u003c/script\\u003e\\"\\u2028 not found",' +
        '"details":{"params":{"model":"\\u003c/script\\u003e\\"\\u2028","available":0}}},"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
    );
  });

  it("round-trips through errorFromResponse with the same values and JSON types", () => {
    const sent = createError(ErrorCode.TOKEN_LIMIT, {
      params: { max_tokens: 4096, ratio: 0.000001, strict: false },
      violations: [{ field: "a", issue: "x" }, { issue: "y" }],
    });
    const received = errorFromResponse(sent.status, sent.toJson("req_1"));
    assert.equal(received.message, sent.message);
    assert.deepEqual(received.params, sent.params);
    assert.deepEqual(received.violations, sent.violations);
    assert.equal(received.field, "a");
    assert.equal(received.issue, "x");
  });
});

describe("errorFromResponse reads params and violations", () => {
  const read = (detailsJson: string): ReturnType<typeof errorFromResponse> =>
    errorFromResponse(404, '{"error":{"code":"MODEL_NOT_FOUND","message":"m","details":' + detailsJson + "}}");

  it("keeps strings, numbers and booleans; drops nested values and nulls; the last duplicate counts", () => {
    const error = read('{"params":{"s":"a","i":4096,"f":4096.0,"e":1e-7,"b":true,"n":null,"o":{"x":1},"a":[1],"d":1,"d":[2],"k":"1","k":2,"__proto__":"p"}}');
    assert.deepEqual(error.params, Object.fromEntries([["s", "a"], ["i", 4096], ["f", 4096], ["e", 1e-7], ["b", true], ["k", 2], ["__proto__", "p"]]));
    assert.ok(Object.isFrozen(error.params));
    assert.equal(Object.getPrototypeOf(error.params), Object.prototype);
  });

  it("ignores params and violations of the wrong shape, and still reads the envelope", () => {
    for (const shape of ['"x"', "[1]", "null", "1", "true"]) {
      const error = read('{"field":"f","params":' + shape + ',"violations":' + (shape === "[1]" ? "{}" : shape) + "}");
      assert.equal(error.code, "MODEL_NOT_FOUND");
      assert.equal(error.field, "f");
      assert.deepEqual(error.params, {});
      assert.deepEqual(error.violations, []);
    }
  });

  it("keeps each violation that is an object with a text issue; a field that is not text is left out", () => {
    const error = read('{"violations":[{"field":"a","issue":"x"},{"issue":"y"},{"field":3,"issue":"z"},{"field":"b"},' +
      '{"issue":5},"text",null,[{"issue":"nested"}],{"issue":"w","extra":{"deep":[1]}}]}');
    assert.deepEqual(error.violations, [{ field: "a", issue: "x" }, { issue: "y" }, { issue: "z" }, { issue: "w" }]);
    assert.equal(error.field, undefined);
  });

  it("gives {} and [] without them", () => {
    const error = errorFromResponse(500, "not json");
    assert.deepEqual([error.params, error.violations], [{}, []]);
  });
});

describe("hasCode", () => {
  it("tells an error of the code from others and from other values", () => {
    const error: unknown = errorFromResponse(404, '{"error":{"code":"MODEL_NOT_FOUND","message":"m","details":{"params":{"model":"x","available":2}}}}');
    assert.ok(hasCode(error, ErrorCode.MODEL_NOT_FOUND));
    assert.equal(error.params.model, "x");
    assert.equal(error.params.available, 2);
    assert.ok(!hasCode(error, ErrorCode.QUOTA_EXCEEDED));
    assert.ok(!hasCode(new Error("x"), ErrorCode.MODEL_NOT_FOUND));
    assert.ok(!hasCode({ code: "MODEL_NOT_FOUND" }, ErrorCode.MODEL_NOT_FOUND));
  });
});
