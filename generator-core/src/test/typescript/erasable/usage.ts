// Type tests of the sample's declarations: what compiles and what must not.
import { Box, LIMITS, type Kind, type Shape, isKey, pick, report, tools } from "./sample.js";

export const upper: string = pick("a");
export const twice: number = pick(2);
export const kind: Kind<"k"> = "text:k";
export const high: -2 = LIMITS.high;
export const on: true = LIMITS.nested.on;
export const box: Box = new Box([1]);
export const count: number = box.count;
export const lines: string[] = report();
export const sum: number = tools.sum([1]);
export const later: Promise<string> = tools.later();
export function keyed(value: unknown): "a" | undefined {
  return isKey(value, ["a"] as const) ? value : undefined;
}
export const shape: Shape = { name: "s", area: () => 1 };
// @ts-expect-error LIMITS is readonly
LIMITS.low = 2;
// @ts-expect-error items is protected
box.items;
// @ts-expect-error pick takes a string or a number
pick(true);
