// The seed catalog: instanceof and isApiError hold across two copies of the module, compiled
// separately (this one with TypeScript 7, the copy with TypeScript 5.9), as a bundle holding two
// versions of one SDK has them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiError, BadRequestError, ErrorCode, RateLimitExceededError, errorFromResponse, isApiError, withRetry } from "./errors.js";

const copy = (await import(new URL("./copy/errors.js", import.meta.url).href)) as typeof import("./errors.js");
const RATE_LIMITED = '{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded"}}';

describe("two copies of the module", () => {
  it("are separate classes", () => {
    assert.notEqual(copy.ApiError, ApiError);
    assert.notEqual(copy.RateLimitExceededError, RateLimitExceededError);
  });

  it("agree on instanceof by status, both ways", () => {
    const fromCopy = copy.errorFromResponse(429, RATE_LIMITED);
    const fromHere = errorFromResponse(429, RATE_LIMITED);
    for (const [error, other] of [[fromCopy, { ApiError, RateLimitExceededError, BadRequestError }], [fromHere, copy]] as const) {
      assert.ok(error instanceof other.RateLimitExceededError);
      assert.ok(error instanceof other.ApiError);
      assert.ok(!(error instanceof other.BadRequestError));
    }
    assert.ok(isApiError(fromCopy));
    assert.ok(copy.isApiError(fromHere));
    assert.equal(fromCopy.code, ErrorCode.RATE_LIMIT_EXCEEDED);
  });

  it("agree that a base-class error is no status class's", () => {
    const unlisted = copy.errorFromResponse(418, "");
    assert.ok(unlisted instanceof ApiError);
    assert.ok(!(unlisted instanceof BadRequestError));
  });

  it("retry each other's errors", async () => {
    let attempts = 0;
    const result = await withRetry(() => {
      if (++attempts < 3) {
        throw copy.createError(copy.ErrorCode.OVERLOADED);
      }
      return attempts;
    }, { sleep: async () => {} });
    assert.equal(result, 3);
  });
});

describe("instanceof", () => {
  it("holds for a subclass of the caller's own, and only the ordinary way into it", () => {
    class QuotaError extends BadRequestError {}
    const quota = new QuotaError({ code: "X", message: "m" });
    assert.ok(quota instanceof BadRequestError);
    assert.ok(quota instanceof copy.BadRequestError);
    assert.ok(quota instanceof copy.ApiError);
    assert.ok(!(errorFromResponse(400, "") instanceof QuotaError));
  });

  it("leaves a subclass of the caller's own its own name, and the module's classes theirs", () => {
    class QuotaError extends BadRequestError {}
    const quota = new QuotaError({ code: "X", message: "m" });
    assert.equal(quota.name, "QuotaError");
    assert.equal(String(quota), "QuotaError: m");
    assert.match(quota.stack ?? "", /^QuotaError: m\n/);
    const Anonymous = [class extends BadRequestError {}][0]!;
    assert.equal(new Anonymous({ code: "X", message: "m" }).name, "BadRequestError");
    assert.equal(new BadRequestError({ code: "X", message: "m" }).name, "BadRequestError");
    assert.equal(BadRequestError.prototype.name, "BadRequestError");
    assert.equal(ApiError.prototype.name, "ApiError");
    const renamed = errorFromResponse(400, "");
    renamed.name = "Renamed";
    assert.equal(renamed.name, "Renamed");
    assert.equal(errorFromResponse(400, "").name, "BadRequestError");
  });

  it("names the class in name, String() and the stack", () => {
    const error = errorFromResponse(429, RATE_LIMITED);
    assert.equal(error.name, "RateLimitExceededError");
    assert.equal(String(error), "RateLimitExceededError: Rate limit exceeded");
    assert.match(error.stack ?? "", /^RateLimitExceededError: Rate limit exceeded\n/);
    assert.equal(new ApiError(418, { code: "", message: "teapot" }).name, "ApiError");
  });

  it("is false, and never throws, for anything else", () => {
    const throwing = new Proxy({}, {
      getPrototypeOf(): object | null {
        throw new Error("trap");
      },
    });
    const lookalike = Object.create({ name: "ApiError", code: "X", status: 400 }) as object;
    const branded = { [Symbol.for("errorspec:Example AI API")]: "ApiError" };
    for (const value of [null, undefined, 42, "ApiError", {}, [], new Error("x"), new TypeError("x"), throwing, lookalike, branded]) {
      assert.equal(isApiError(value), false);
      assert.equal(copy.isApiError(value), false);
      assert.ok(!(value instanceof BadRequestError));
    }
  });
});
