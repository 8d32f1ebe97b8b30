// The hostile rows of run.sh, TypeScript's part: one body decoded by the generated module's
// errorFromResponse, or by JSON.parse (the baseline), in this fresh process; prints one
// tab-separated line: language, row, decoder, best time in ms, peak RSS growth in bytes, result.
//
//   node hostile.mjs ERRORS_JS ROW DECODER [runs]     (ROW 0..7; DECODER errorspec | JSON.parse)
import { pathToFileURL } from "node:url";

const [modulePath, rowIndex, decoder, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const MIB = 1 << 20;
const OK = '"error":{"code":"OVERLOADED","message":"busy"}';

function ignoredMembers(length) {
  const tail = '"error":{"code":"OVERLOADED"}}';
  const parts = ["{"];
  let size = 1;
  for (let i = 0; size < length - tail.length - 200; i++) {
    const member = `"member${i}":{"values":[12345.678e-9,true,false,null,"some text"],"nested":{"a":[],"b":{}}},`;
    parts.push(member);
    size += member.length;
  }
  parts.push(tail);
  return parts.join("");
}

const rows = [
  ["1 MiB of digits (at the cap)", () => '{"n":' + "7".repeat(MIB - 5 - OK.length - 2) + "," + OK + "}"],
  ["1 MiB + 1 byte (over the cap)", () => "{" + OK + ',"pad":"' + "x".repeat(MIB + 1 - OK.length - 11) + '"}'],
  ["32 MB of nested arrays", () => "{" + OK + ',"x":' + "[".repeat(16 * MIB) + "]".repeat(16 * MIB) + "}"],
  ["50 MB of ignored members", () => ignoredMembers(50_000_000)],
  ["1 MiB of empty arrays (over the marks cap)", () => "{" + OK + ',"x":[' + "[],".repeat(Math.floor((MIB - OK.length - 12) / 3)) + "[]]}"],
  ["1 MiB of numbers (over the marks cap)", () => "{" + OK + ',"x":[' + "0.1,".repeat(Math.floor((MIB - OK.length - 12) / 4)) + "0]}"],
  ["1 MiB of 9,992 long numbers (at the marks cap)", () => "{" + OK + ',"x":['
    + Array(9992).fill("7".repeat(Math.floor((MIB - OK.length - 7 - 2 - 9991) / 9992))).join(",") + "]}"],
  ["params of 4,995 members (at the marks cap)", () => '{"error":{"code":"OVERLOADED","message":"busy","details":{"params":{'
    + Array.from({ length: 4995 }, (_, i) => `"p${i}":${i}`).join(",") + "}}}}"],
];
const [row, make] = rows[Number(rowIndex)];
const errors = await import(pathToFileURL(modulePath).href);
const body = make();
const decode = decoder === "JSON.parse"
  ? () => { const value = JSON.parse(body); return value?.error?.code; }
  : () => errors.errorFromResponse(503, body).code;

const before = process.resourceUsage().maxRSS * 1024;
let best = Infinity;
let result = "";
for (let run = -1; run < runs; run++) {
  const started = performance.now();
  try {
    result = `code "${decode()}"`;
  } catch (failure) {
    result = `throws ${failure?.constructor?.name ?? failure}`;
  }
  const took = performance.now() - started;
  if (run >= 0) {
    best = Math.min(best, took);
  }
}
const peak = process.resourceUsage().maxRSS * 1024 - before;
console.log(["typescript", row, decoder, best.toFixed(3), String(peak), result].join("\t"));
