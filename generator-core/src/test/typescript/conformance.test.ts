// The seed catalog: the shared client contract, conformance/decode/*.json and conformance/retry/*.json
// (format in conformance/README.md), run against the generated module. The JUnit test copies the
// corpus beside the compiled tests, into conformance/.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { describe, it } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { type ApiError, type HeadersLike, type RetryOptions, errorFromResponse, isApiError, withRetry } from "./errors.js";

type Header = [name: string, value: string];

interface BodyPart {
  readonly text: string;
  readonly repeat?: number;
}

/** A response: of a decoding case, or an outcome of a retry scenario. */
interface ResponseData {
  readonly status: number;
  readonly headers?: Header[];
  readonly body?: string;
  readonly body_hex?: string;
  readonly body_parts?: BodyPart[];
}

interface DecodeCase extends ResponseData {
  readonly id: string;
  readonly why: string;
  readonly expect: Readonly<Record<string, unknown>>;
}

type Outcome = ResponseData | { readonly transport: "refused" | "reset" | "timeout" } | { readonly ok: true };

interface Scenario {
  readonly id: string;
  readonly why: string;
  readonly options?: {
    readonly max_attempts?: number;
    readonly base_delay_ms?: number;
    readonly max_delay_ms?: number;
    readonly jitter?: boolean;
    readonly retry_connection_errors?: boolean;
  };
  readonly outcomes: Outcome[];
  readonly expect: {
    readonly result: "ok" | "error" | "transport" | "invalid_options";
    readonly class?: string;
    readonly code?: string;
    readonly attempts: number;
    readonly waits_ms: number[];
  };
}

const CORPUS = new URL("./conformance/", import.meta.url);

/** The `*.json` files of one corpus folder, in file-name order, parsed. */
function corpusFiles<T>(folder: string): { name: string; content: T }[] {
  const directory = new URL(folder + "/", CORPUS);
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, content: JSON.parse(readFileSync(new URL(name, directory), "utf8")) as T }));
}

/** The body's bytes: `body` as UTF-8, `body_hex`, or `body_parts` repeated and joined. */
function bodyBytes(data: ResponseData): Uint8Array {
  if (data.body_hex !== undefined) {
    return Uint8Array.from(data.body_hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  }
  const parts = data.body_parts ?? [{ text: data.body ?? "" }];
  const encoded = parts.map((part) => ({ bytes: new TextEncoder().encode(part.text), repeat: part.repeat ?? 1 }));
  const bytes = new Uint8Array(encoded.reduce((size, part) => size + part.bytes.length * part.repeat, 0));
  let offset = 0;
  for (const part of encoded) {
    for (let i = 0; i < part.repeat; i++) {
      bytes.set(part.bytes, offset);
      offset += part.bytes.length;
    }
  }
  return bytes;
}

/** The header lines in each shape a caller hands them over in. */
function headerShapes(lines: Header[] = []): { shape: string; headers: HeadersLike }[] {
  const fetchHeaders = new Headers();
  const arrays: Record<string, string[]> = {};
  const joined: Record<string, string> = {};
  const spelling = new Map<string, string>();
  for (const [name, value] of lines) {
    fetchHeaders.append(name, value);
    const key = spelling.get(name.toLowerCase()) ?? name;
    spelling.set(name.toLowerCase(), key);
    const values = (arrays[key] ??= []);
    values.push(value);
    joined[key] = values.join(", ");
  }
  const single: Record<string, string | string[]> = {};
  for (const [key, values] of Object.entries(arrays)) {
    single[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return [
    { shape: "fetch Headers", headers: fetchHeaders },
    { shape: "object, repeats as an array", headers: single },
    { shape: "object, repeats joined", headers: joined },
  ];
}

/** The error's members under the corpus's names; `null` for absent. */
function actual(error: ApiError): Record<string, unknown> {
  return {
    class: error.name,
    code: error.code,
    message: error.message,
    field: error.field ?? null,
    issue: error.issue ?? null,
    request_id: error.requestId ?? null,
    retryable: error.retryable,
    retry_after_ms: error.retryAfterMs ?? null,
    doc_url: error.docUrl ?? null,
    params: error.params,
    violations: error.violations.map((violation) => ({ field: violation.field ?? null, issue: violation.issue })),
  };
}

/** A case's expectations; `params` and `violations` are `{}` and `[]` unless it says otherwise. */
function expected(testCase: DecodeCase): Readonly<Record<string, unknown>> {
  return { params: {}, violations: [], ...testCase.expect };
}

/** The corpus's class (`RateLimitExceeded`, `InternalServerError`, `Api`) as TypeScript names it: with the suffix `Error`, never doubled. */
function typeScriptClass(name: unknown): unknown {
  return typeof name === "string" && !name.endsWith("Error") ? name + "Error" : name;
}

/** `id [typescript] member: expected X, got Y` for each member of `expected` that `got` differs in. */
function mismatches(id: string, expected: Readonly<Record<string, unknown>>, got: Record<string, unknown>, where: string): string[] {
  return Object.entries(expected)
    .map(([member, value]): [string, unknown] => [member, member === "class" ? typeScriptClass(value) : value])
    .filter(([member, value]) => !isDeepStrictEqual(got[member] ?? null, value))
    .map(([member, value]) => `${id} [typescript] ${member}: expected ${show(value)}, got ${show(got[member])} (${where})`);
}

function show(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

for (const file of corpusFiles<{ now: string; cases: DecodeCase[] }>("decode")) {
  describe(`conformance/decode/${file.name}`, () => {
    const now = new Date(file.content.now);
    for (const testCase of file.content.cases) {
      it(`${testCase.id}: ${testCase.why}`, async () => {
        const bytes = bodyBytes(testCase);
        const bodies: { kind: string; body: string | Uint8Array }[] = [
          { kind: "body as Response.text()", body: await new Response(bytes).text() },
          { kind: "body as bytes", body: bytes },
        ];
        const failures: string[] = [];
        for (const { shape, headers } of headerShapes(testCase.headers)) {
          for (const { kind, body } of bodies) {
            const error = errorFromResponse(testCase.status, body, headers, now);
            failures.push(...mismatches(testCase.id, expected(testCase), actual(error), `headers: ${shape}, ${kind}`));
          }
        }
        assert.deepEqual(failures, []);
      });
    }
  });
}

/** The exception fetch rejects with for each transport failure of the corpus. */
function transportFailure(kind: "refused" | "reset" | "timeout"): Error {
  switch (kind) {
    case "refused":
      return new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }) });
    case "reset":
      return new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
    case "timeout":
      return new DOMException("The operation was aborted due to timeout", "TimeoutError");
  }
}

/** The corpus's options as withRetry's, in milliseconds. */
function retryOptions(options: NonNullable<Scenario["options"]>, sleep: (ms: number) => Promise<void>): RetryOptions {
  return {
    maxAttempts: options.max_attempts,
    baseDelayMs: options.base_delay_ms,
    maxDelayMs: options.max_delay_ms,
    jitter: options.jitter,
    retryConnectionErrors: options.retry_connection_errors,
    sleep,
  };
}

for (const file of corpusFiles<{ now?: string; scenarios: Scenario[] }>("retry")) {
  describe(`conformance/retry/${file.name}`, () => {
    const now = file.content.now === undefined ? undefined : new Date(file.content.now);
    for (const scenario of file.content.scenarios) {
      it(`${scenario.id}: ${scenario.why}`, async () => {
        const waits: number[] = [];
        let attempts = 0;
        let lastThrown: unknown;
        let beyond = false;
        let result: string;
        let thrown: unknown;
        try {
          await withRetry(async () => {
            const outcome = scenario.outcomes[attempts++];
            if (outcome === undefined) {
              beyond = true;
              throw new Error("an attempt beyond the scenario's outcomes");
            }
            if ("ok" in outcome) {
              return "ok";
            }
            lastThrown = "transport" in outcome
              ? transportFailure(outcome.transport)
              : errorFromResponse(outcome.status, await new Response(bodyBytes(outcome)).text(), new Headers(outcome.headers ?? []), now);
            throw lastThrown;
          }, retryOptions(scenario.options ?? {}, async (ms) => {
            waits.push(ms);
          }));
          result = "ok";
        } catch (error) {
          thrown = error;
          result = error === lastThrown ? (isApiError(error) ? "error" : "transport") : error instanceof RangeError && attempts === 0 ? "invalid_options" : "other: " + String(error);
        }
        const got: Record<string, unknown> = { result, attempts, waits_ms: waits };
        if (isApiError(thrown)) {
          got["class"] = actual(thrown)["class"];
          got["code"] = thrown.code;
        }
        const failures = mismatches(scenario.id, scenario.expect, got, "withRetry");
        if (beyond) {
          failures.push(`${scenario.id} [typescript] attempts: expected ${scenario.expect.attempts}, got more than the ${scenario.outcomes.length} outcomes`);
        }
        assert.deepEqual(failures, []);
      });
    }
  });
}

describe("a real refused connection on loopback", () => {
  /** A loopback URL that refuses connections: a server's port, the server closed again. */
  async function refusingUrl(): Promise<string> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    assert.ok(address !== null && typeof address === "object");
    await new Promise<void>((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error))));
    return `http://127.0.0.1:${address.port}/`;
  }

  async function attempts(options: RetryOptions): Promise<{ attempts: number; waits: number[]; thrown: unknown }> {
    const url = await refusingUrl();
    const waits: number[] = [];
    let count = 0;
    try {
      await withRetry(async () => {
        count++;
        return fetch(url);
      }, { ...options, sleep: async (ms) => { waits.push(ms); } });
    } catch (thrown) {
      return { attempts: count, waits, thrown };
    }
    assert.fail("fetch of a closed port succeeded");
  }

  it("is not retried by default", async () => {
    const outcome = await attempts({});
    assert.ok(outcome.thrown instanceof TypeError);
    assert.equal((outcome.thrown.cause as { code?: unknown } | undefined)?.code, "ECONNREFUSED");
    assert.deepEqual({ attempts: outcome.attempts, waits: outcome.waits }, { attempts: 1, waits: [] });
  });

  it("is retried with the backoff when retryConnectionErrors is on", async () => {
    const outcome = await attempts({ retryConnectionErrors: true });
    assert.ok(outcome.thrown instanceof TypeError);
    assert.deepEqual({ attempts: outcome.attempts, waits: outcome.waits }, { attempts: 3, waits: [2000, 4000] });
  });
});
