// Every kind of erasable TypeScript that a future errors.ts might use, in one module that prints
// what it computes: tsc's JavaScript and errorspec's must print the same, and the declarations
// must type-check usage.ts. Lines like `: string` inside strings, comments and regular
// expressions must survive as they are.

/** A type alias with a conditional and a template literal type. */
export type Kind<T> = T extends string ? `text:${T}` : T extends number ? "number" : never;

/** An interface with an index signature, optional and readonly members, a call and a method. */
export interface Shape {
  readonly [key: string]: unknown;
  readonly name: string;
  size?: number;
  area(this: Shape, scale?: number): number;
}

type Pair<A, B = A> = readonly [first: A, second?: B];

declare const ambient: number | undefined;

/** Overloads: only the implementation runs. */
export function pick(value: string): string;
export function pick(value: number): number;
export function pick(value: string | number): string | number {
  return typeof value === "string" ? value.toUpperCase() : value * 2;
}

/** Generic function with a constraint, a default and a type predicate. */
export function isKey<K extends string = string>(value: unknown, keys: readonly K[]): value is K {
  return typeof value === "string" && (keys as readonly string[]).includes(value);
}

export const LIMITS = { low: 1, high: -2, label: "a: string", nested: { on: true }, list: [1, "two"] } as const;

export const ratio: number = 3 / 4;
const pattern: RegExp = /a<b>(c)\/: string/g;
let counter!: number;
counter = 0;

/** An abstract class, TypeScript's modifiers, declare fields, definite assignment, accessors, statics. */
export abstract class Base<T> implements Pick<Shape, "name"> {
  declare readonly brand: "base";
  protected readonly items: T[] = [];
  private secret = "hidden";
  #count = 0;
  static readonly VERSION: string = "1";
  public name!: string;

  abstract describe(): string;

  constructor(items: readonly T[]) {
    this.items.push(...items);
    this.#count = items.length;
  }

  get count(): number {
    return this.#count + this.secret.length * 0;
  }

  set count(value: number) {
    this.#count = value;
  }

  protected first<R = T>(map: (item: T, index: number) => R): R | undefined {
    const item = this.items[0];
    return item === undefined ? undefined : map(item!, 0);
  }

  static create(): string {
    return Base.VERSION;
  }
}

export class Box extends Base<number> {
  override describe(): string {
    const doubled = this.first<number>((n: number): number => n * 2);
    return `box of ${this.count as number} first ${doubled satisfies number | undefined}`;
  }
}

/** Arrow functions with typed parameters, return types, generics and defaults; object literal methods. */
export const tools = {
  sum: (values: readonly number[], start: number = 0): number => values.reduce((a: number, b) => a + b, start),
  wrap<T>(value: T): { value: T } {
    return { value };
  },
  async later(ms?: number): Promise<string> {
    return `waited ${ms ?? 0}`;
  },
};

export function report(): string[] {
  const box = new Box([5, 6]);
  const map = new Map<string, Pair<number>>([["a", [1, 2]]]);
  const kind: Kind<"x"> = "text:x";
  const maybe = ambientOr(7);
  const less = 1 < 2 && 3 > 2 ? "yes" : "no";
  const generic = identity<string>("id");
  try {
    JSON.parse("{");
  } catch (error: unknown) {
    counter += error instanceof SyntaxError ? 1 : 0;
  }
  return [
    pick("abc"), String(pick(21)), String(isKey("b", ["a", "b"])), JSON.stringify(LIMITS), String(ratio),
    String(pattern.test("a<b>c/: string")), box.describe(), String(box.count), Base.create(),
    String(tools.sum([1, 2, 3])), JSON.stringify(tools.wrap(1)), JSON.stringify(map.get("a")), kind,
    String(maybe), less, generic, String(counter), Object.keys(box).sort().join(","),
  ];
}

function ambientOr(fallback: number): number {
  return typeof ambient === "undefined" ? fallback : fallback;
}

function identity<T>(value: T): T {
  return value;
}
