// Makes the requests a JSON plan lists with the example's TypeScript client, one after another, and
// prints one JSON line per request: what the client received, and the waits its retries asked for.
// The Java tests (TypeScriptClientTest) write the plan and compare the lines with what they expect.
//
//   node target/typescript/test/typescript/run-requests.js PLAN.json
import { readFileSync } from "node:fs";
import { ApiClient, type Generation } from "../../main/typescript/client.js";
import { isApiError, raiseForStatus, type ApiError } from "../../main/typescript/errors.js";
import * as params from "../../main/typescript/params-errors.js";

interface Plan {
  readonly baseUrl: string;
  /** Where a wait is reported (POST ?ms=N), so that the server's clock moves as the client waits. */
  readonly clockUrl: string | null;
  readonly requests: readonly Request[];
}

interface Request {
  readonly name: string;
  /**
   * `post`: the client's `post(path, form)`; `generation`: its `generation(id)`; `json`: a JSON body
   * POSTed with fetch alone; `params`: a form POSTed with fetch alone to the second catalog's server,
   * read with that catalog's module (`params-errors.ts`).
   */
  readonly call: "post" | "generation" | "json" | "params";
  readonly key: string | null;
  readonly path: string | null;
  readonly id: string | null;
  readonly form: Readonly<Record<string, string>> | null;
  readonly body: string | null;
  readonly maxAttempts: number;
  readonly maxDelayMs: number;
}

async function main(planFile: string): Promise<void> {
  const plan = JSON.parse(readFileSync(planFile, "utf8")) as Plan;
  for (const request of plan.requests) {
    const sleeps: number[] = [];
    const client = new ApiClient(plan.baseUrl, request.key ?? undefined, {
      maxAttempts: request.maxAttempts,
      maxDelayMs: request.maxDelayMs,
      sleep: async (ms) => {
        sleeps.push(ms);
        if (plan.clockUrl !== null) {
          await fetch(`${plan.clockUrl}?ms=${ms}`, { method: "POST" });
        }
      },
    });
    let outcome: { result: string } | { error: ReturnType<typeof describe> };
    try {
      outcome = { result: (await perform(client, request, plan.baseUrl)).result };
    } catch (error) {
      if (!isApiError(error) && !params.isApiError(error)) {
        throw error;
      }
      outcome = { error: describe(error) };
    }
    process.stdout.write(JSON.stringify({ name: request.name, sleeps, ...outcome }) + "\n");
  }
}

async function perform(client: ApiClient, request: Request, baseUrl: string): Promise<Generation> {
  switch (request.call) {
    case "post":
      return client.post(required(request.path), request.form ?? {});
    case "generation":
      return client.generation(required(request.id));
    case "json": {
      const response = await fetch(new URL(required(request.path), baseUrl), {
        method: "POST",
        headers: { Authorization: `Bearer ${required(request.key)}`, "Content-Type": "application/json" },
        body: required(request.body),
      });
      return (await (await raiseForStatus(response)).json()) as Generation;
    }
    case "params": {
      const response = await fetch(new URL(required(request.path), baseUrl), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(required(request.form)).toString(),
      });
      return (await (await params.raiseForStatus(response)).json()) as Generation;
    }
  }
}

/**
 * Everything the error carries, in the order the Java test writes its expectation; params as JSON
 * writes the values read (a TypeScript number has one type: `4096` and `4096.0` both print `4096`).
 */
function describe(error: ApiError | params.ApiError) {
  return {
    class: error.constructor.name,
    status: error.status,
    code: error.code,
    errorCode: error.errorCode ?? null,
    message: error.message,
    field: error.field ?? null,
    issue: error.issue ?? null,
    requestId: error.requestId ?? null,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs ?? null,
    params: error.params,
    violations: error.violations.map((violation) => ({ field: violation.field ?? null, issue: violation.issue })),
  };
}

function required<T>(value: T | null): T {
  if (value === null) {
    throw new TypeError("the plan misses a value this call needs");
  }
  return value;
}

const planFile = process.argv[2];
if (planFile === undefined) {
  process.stderr.write("usage: node run-requests.js PLAN.json\n");
  process.exitCode = 2;
} else {
  main(planFile).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
