// A client of the example API on fetch, the counterpart of ApiClient.java: every failure becomes the
// generated error of its status (UnauthorizedError, BadRequestError, ...), read with the response's
// headers, and retryable ones are retried by the generated withRetry, which waits as long as a
// Retry-After header asks.
import { raiseForStatus, withRetry, type RetryOptions } from "./errors.js";

/** A result of the API, as it answers a generation and as `generation(id)` fetches it again. */
export interface Generation {
  readonly id: string;
  readonly result: string;
}

/** Form fields, sent as `application/x-www-form-urlencoded`. */
export type Fields = Readonly<Record<string, string>>;

export class ApiClient {
  readonly #baseUrl: URL;
  readonly #apiKey: string | undefined;
  readonly #retry: RetryOptions;

  /**
   * A client of the API at `baseUrl` that sends `apiKey` as a bearer token (none when undefined)
   * and retries as `retry` says (3 attempts, 2 s then 4 s, or the server's Retry-After, by default).
   */
  constructor(baseUrl: string | URL, apiKey?: string, retry: RetryOptions = {}) {
    this.#baseUrl = new URL(baseUrl);
    this.#apiKey = apiKey;
    this.#retry = retry;
  }

  /** Generates text; the fields are model, prompt, temperature and max_tokens. */
  generateText(fields: Fields): Promise<Generation> {
    return this.post("/v1/text/generate", fields);
  }

  /** Generates an image; the fields are model, prompt, size, quality and n. */
  generateImage(fields: Fields): Promise<Generation> {
    return this.post("/v1/images/generate", fields);
  }

  /** Fetches a result again by its id. */
  generation(id: string): Promise<Generation> {
    return this.#send(`/v1/generations/${encodeURIComponent(id)}`, { method: "GET" });
  }

  /** POSTs form fields to `path`, resolving to the success body. */
  post(path: string, fields: Fields): Promise<Generation> {
    return this.#send(path, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  async #send(path: string, init: RequestInit): Promise<Generation> {
    const headers = new Headers(init.headers);
    if (this.#apiKey !== undefined) {
      headers.set("Authorization", `Bearer ${this.#apiKey}`);
    }
    const url = new URL(path, this.#baseUrl);
    const response = await withRetry(
      async () => raiseForStatus(await fetch(url, { ...init, headers, signal: AbortSignal.timeout(10_000) })),
      this.#retry,
    );
    return (await response.json()) as Generation;
  }
}
