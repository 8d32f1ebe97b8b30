#!/usr/bin/env node
// The generated errors.ts at scale: type-check time of a synthetic catalog's module with the two
// pinned TypeScript compilers, and what errorFromResponse costs per envelope against JSON.parse
// alone. See README.md beside this file.
//
//   node benchmarks/typescript/bench.mjs [codes] [type-check runs]    (defaults: 10000 3)
//
// Needs benchmarks/target/benchmarks.jar (mvn -B -ntp package -DskipTests) and node_modules/
// (npm ci). Writes only under benchmarks/target/typescript/.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const codes = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 3);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "benchmarks", "target", "typescript");
const jar = join(root, "benchmarks", "target", "benchmarks.jar");
const tsc7 = [join(root, "node_modules", ".bin", "tsc")];
const tsc5 = [process.execPath, join(root, "node_modules", "typescript5", "bin", "tsc")];
const STRICT = {
  strict: true, exactOptionalPropertyTypes: true, noImplicitOverride: true, noUnusedLocals: true,
  noUnusedParameters: true, noImplicitReturns: true, noFallthroughCasesInSwitch: true,
  noUncheckedIndexedAccess: true, noPropertyAccessFromIndexSignature: true,
};

mkdirSync(work, { recursive: true });
const module = join(work, "errors.ts");
execFileSync("java", ["-cp", jar, "io.github.errorspec.benchmarks.TypeScriptCatalog", String(codes), module], { stdio: "inherit" });
console.log(`errors.ts for ${codes} codes: ${(statSync(module).size / 1e6).toFixed(2)} MB`);

// Type-check: wall time of a whole `tsc --noEmit` run, ES2020 library only.
writeFileSync(join(work, "tsconfig.json"), JSON.stringify({
  compilerOptions: { ...STRICT, target: "ES2020", lib: ["ES2020"], types: [], noEmit: true },
  files: ["errors.ts"],
}));
function timeRuns(command) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(command[0], [...command.slice(1), "-p", work], { encoding: "utf8" });
    if (result.status !== 0) {
      throw new Error(`${command.join(" ")} failed:\n${result.stdout}${result.stderr}`);
    }
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(times.length / 2)] };
}
const version = (command) => spawnSync(command[0], [...command.slice(1), "--version"], { encoding: "utf8" }).stdout.trim();
console.log(`\n| compiler | type-check, ${codes} codes: min | median of ${runs} |\n| --- | ---: | ---: |`);
for (const command of [tsc5, tsc7]) {
  const { min, median } = timeRuns(command);
  console.log(`| ${version(command)} | ${min.toFixed(2)} s | ${median.toFixed(2)} s |`);
}

// Decode: compile to JavaScript, then time errorFromResponse in this process.
const out = join(work, "js");
writeFileSync(join(work, "tsconfig.emit.json"), JSON.stringify({
  compilerOptions: { ...STRICT, target: "ES2022", lib: ["ES2022"], types: [], module: "ES2022", outDir: "js" },
  files: ["errors.ts"],
}));
execFileSync(tsc7[0], ["-p", join(work, "tsconfig.emit.json")], { stdio: "inherit" });
writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
const url = pathToFileURL(join(out, "errors.js")).href;
const load = spawnSync(process.execPath, ["--input-type=module", "-e",
  `const t = performance.now(); await import(${JSON.stringify(url)}); console.log((performance.now() - t).toFixed(1));`], { encoding: "utf8" });
console.log(`\nimport of the compiled module (fresh process): ${load.stdout.trim()} ms`);

const errors = await import(url);
const code = Object.keys(errors.ERRORS)[Math.floor(codes / 2)];
const status = errors.ERRORS[code].status;
const envelope = errors.createError(code, { issue: "the prompt has 12,000 tokens", field: "prompt" }).toJson("req_8f14e45f");
const plainHeaders = { "content-type": "application/json", "retry-after": "30", "x-request-id": "req_8f14e45f" };
const fetchHeaders = new Headers(plainHeaders);
const html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";

let sink = 0;
const cases = {
  "JSON.parse(envelope) (baseline)": () => { sink += JSON.parse(envelope).error.code.length; },
  "new Error(message) (baseline)": () => { sink += new Error("Synthetic error went wrong").message.length; },
  "errorFromResponse(status, envelope)": () => { sink += errorFromResponse(status, envelope).code.length; },
  "errorFromResponse(status, envelope, plain headers)": () => { sink += errorFromResponse(status, envelope, plainHeaders).code.length; },
  "errorFromResponse(status, envelope, fetch Headers)": () => { sink += errorFromResponse(status, envelope, fetchHeaders).code.length; },
  "errorFromResponse(502, HTML page)": () => { sink += errorFromResponse(502, html).message.length; },
};
const { errorFromResponse } = errors;
function nsPerOp(fn, ops) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) {
    fn();
  }
  return Number(process.hrtime.bigint() - started) / ops;
}
const OPS = 100_000;
const ROUNDS = 7;
for (const fn of Object.values(cases)) {
  nsPerOp(fn, OPS); // warm-up
}
const results = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(cases)) {
    results[name].push(nsPerOp(fn, OPS));
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const parse = median(results["JSON.parse(envelope) (baseline)"]);
console.log(`\nenvelope (${envelope.length} bytes): ${envelope}`);
console.log(`\n| operation | ns/op, median of ${ROUNDS} rounds of ${OPS.toLocaleString("en")} | against JSON.parse |\n| --- | ---: | ---: |`);
for (const [name, values] of Object.entries(results)) {
  const ns = median(values);
  console.log(`| \`${name}\` | ${Math.round(ns).toLocaleString("en")} | ${(ns / parse).toFixed(1)}x |`);
}
console.log(`\nnode ${process.version}, ${process.platform} ${process.arch}; sink ${sink > 0 ? "ok" : sink}`);
