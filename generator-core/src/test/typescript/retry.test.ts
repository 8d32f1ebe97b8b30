// The seed catalog: withRetry follows errorspec's retry contract, with an injected sleep.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiError, ErrorCode, type RetryOptions, createError, errorFromResponse, withRetry } from "./errors.js";

/** Runs withRetry over `failures` (thrown in turn, then "done"), recording attempts and waits. */
async function run(failures: unknown[], options: RetryOptions = {}): Promise<{ result?: string; thrown?: unknown; attempts: number[]; waits: number[] }> {
  const attempts: number[] = [];
  const waits: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    waits.push(ms);
  };
  try {
    const result = await withRetry(async (attempt) => {
      attempts.push(attempt);
      const failure = failures[attempts.length - 1];
      if (failure !== undefined) {
        throw failure;
      }
      return "done";
    }, { sleep, ...options });
    return { result, attempts, waits };
  } catch (thrown) {
    return { thrown, attempts, waits };
  }
}

const overloaded = (): ApiError => createError(ErrorCode.OVERLOADED);
const withServerWait = (ms: string): ApiError =>
  errorFromResponse(429, '{"error":{"code":"RATE_LIMIT_EXCEEDED"}}', { "retry-after-ms": ms });

describe("withRetry", () => {
  it("returns the first success without waiting", async () => {
    assert.deepEqual(await run([]), { result: "done", attempts: [1], waits: [] });
  });

  it("makes 3 attempts by default, waiting 2 s and then 4 s, and throws the last error", async () => {
    const errors = [overloaded(), overloaded(), overloaded()];
    const outcome = await run(errors);
    assert.equal(outcome.thrown, errors[2]);
    assert.deepEqual(outcome.attempts, [1, 2, 3]);
    assert.deepEqual(outcome.waits, [2000, 4000]);
  });

  it("returns what a later attempt returns", async () => {
    assert.deepEqual(await run([overloaded(), overloaded()]), { result: "done", attempts: [1, 2, 3], waits: [2000, 4000] });
  });

  it("doubles the base after each attempt and cuts the wait to maxDelayMs", async () => {
    const outcome = await run(Array.from({ length: 8 }, overloaded), { maxAttempts: 8 });
    assert.deepEqual(outcome.waits, [2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    const small = await run(Array.from({ length: 4 }, overloaded), { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 500 });
    assert.deepEqual(small.waits, [200, 400, 500]);
  });

  it("never retries an error that is not retryable", async () => {
    const error = createError(ErrorCode.INVALID_REQUEST);
    assert.deepEqual(await run([error]), { thrown: error, attempts: [1], waits: [] });
  });

  it("never retries an exception that is no API error", async () => {
    const error = new TypeError("fetch failed");
    assert.deepEqual(await run([error]), { thrown: error, attempts: [1], waits: [] });
    assert.deepEqual(await run(["a string"]), { thrown: "a string", attempts: [1], waits: [] });
  });

  it("with retryConnectionErrors retries transport failures, with the backoff, and nothing else", async () => {
    const coded = (code: string): Error => Object.assign(new Error(code), { code });
    const transport: unknown[] = [
      new TypeError("fetch failed", { cause: coded("ECONNREFUSED") }),
      new TypeError("fetch failed"),
      new TypeError("Failed to fetch"),
      new TypeError("NetworkError when attempting to fetch resource."),
      new TypeError("Load failed"),
      new DOMException("The operation was aborted due to timeout", "TimeoutError"),
      coded("ECONNRESET"),
      new Error("socket hang up", { cause: coded("UND_ERR_SOCKET") }),
    ];
    for (const failure of transport) {
      assert.deepEqual(await run([failure]), { thrown: failure, attempts: [1], waits: [] }, String(failure));
      assert.deepEqual(await run([failure], { retryConnectionErrors: true }), { result: "done", attempts: [1, 2], waits: [2000] }, String(failure));
    }
    const others: unknown[] = [
      new DOMException("This operation was aborted", "AbortError"),
      new TypeError("response.json is not a function"),
      new TypeError("other", { cause: coded("ERR_INVALID_URL") }),
      coded("ENOENT"),
      "ECONNREFUSED",
      null,
    ];
    for (const failure of others) {
      assert.deepEqual(await run([failure], { retryConnectionErrors: true }), { thrown: failure, attempts: [1], waits: [] }, String(failure));
    }
  });

  it("retries the status's errors for an unknown code or a body with no envelope: 429 and 5xx", async () => {
    assert.equal((await run([errorFromResponse(502, "<html>")])).result, "done");
    assert.equal((await run([errorFromResponse(429, '{"error":{"code":"NEW"}}')])).result, "done");
    assert.deepEqual((await run([errorFromResponse(409, '{"error":{"code":"NEW"}}')])).waits, []);
  });

  it("waits what the server asked for instead of the backoff", async () => {
    const outcome = await run([withServerWait("5000"), withServerWait("300")]);
    assert.deepEqual(outcome, { result: "done", attempts: [1, 2, 3], waits: [5000, 300] });
  });

  it("does not retry when the server asks for longer than maxDelayMs, and the error says how long", async () => {
    const error = withServerWait("60001");
    assert.deepEqual(await run([error]), { thrown: error, attempts: [1], waits: [] });
    assert.equal(error.retryAfterMs, 60001);
    assert.deepEqual((await run([withServerWait("60000")])).waits, [60000]);
    assert.deepEqual((await run([withServerWait("1000")], { maxDelayMs: 999 })).attempts, [1]);
  });

  it("with jitter makes a backoff wait a random one in [wait/2, wait]", async () => {
    const waits = async (random: number): Promise<number[]> =>
      (await run([overloaded(), overloaded()], { jitter: true, random: () => random })).waits;
    assert.deepEqual(await waits(0), [2000, 4000]);
    assert.deepEqual(await waits(0.5), [1500, 3000]);
    assert.deepEqual(await waits(0.999), [1001, 2002]);
    for (let i = 0; i < 200; i++) {
      const [first = -1, second = -1] = (await run([overloaded(), overloaded()], { jitter: true })).waits;
      assert.ok(first >= 1000 && first <= 2000, String(first));
      assert.ok(second >= 2000 && second <= 4000, String(second));
    }
  });

  it("never jitters a wait the server asked for", async () => {
    const outcome = await run([withServerWait("5000")], { jitter: true, random: () => 0.9 });
    assert.deepEqual(outcome.waits, [5000]);
  });

  it("with maxAttempts 1 never retries", async () => {
    const error = overloaded();
    assert.deepEqual(await run([error], { maxAttempts: 1 }), { thrown: error, attempts: [1], waits: [] });
  });

  it("rejects options it cannot follow before the first attempt", async () => {
    for (const options of [{ maxAttempts: 0 }, { maxAttempts: 1.5 }, { maxAttempts: Number.NaN }, { baseDelayMs: -1 }, { maxDelayMs: Number.NaN }]) {
      const outcome = await run([], options);
      assert.ok(outcome.thrown instanceof RangeError, JSON.stringify(options));
      assert.deepEqual(outcome.attempts, []);
    }
  });

  it("sleeps with setTimeout when no sleep is given", async () => {
    const host = globalThis as unknown as { setTimeout: (callback: () => void, ms: number) => unknown };
    const original = host.setTimeout;
    const timeouts: number[] = [];
    host.setTimeout = (callback, ms) => {
      timeouts.push(ms);
      return original(callback, 0);
    };
    try {
      const outcome = await withRetry((attempt) => {
        if (attempt < 3) {
          throw createError(ErrorCode.OVERLOADED);
        }
        return attempt;
      });
      assert.equal(outcome, 3);
    } finally {
      host.setTimeout = original;
    }
    assert.deepEqual(timeouts, [2000, 4000]);
  });
});
