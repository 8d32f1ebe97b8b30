// Drives Debian's chromium over the DevTools protocol with Node's own WebSocket (node
// --experimental-websocket), no npm package: opens each page of the plan from a file URL, reads
// its rows, types the query into the search box key by key, reads which rows are visible, then
// opens the page at an anchor. Prints one line, "RESULT " and the JSON of what it saw.
//
// Usage: node --experimental-websocket drive-page.mjs CHROMIUM PROFILE_DIR PLAN_JSON
// PLAN_JSON: [{"url": "file:///...", "query": "model", "anchor": "model-not-found", "width": 375}]
import { spawn } from "node:child_process";

const [chromium, profile, planJson] = process.argv.slice(2);
const plan = JSON.parse(planJson);

const browser = spawn(chromium, [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--allow-file-access-from-files", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });
const killer = setTimeout(() => fail("chromium did not answer within 30 s"), 30000);

function fail(message) {
  console.log("FAILED " + message);
  browser.kill("SIGKILL");
  process.exit(1);
}

const endpoint = await new Promise((resolve) => {
  let text = "";
  browser.stderr.on("data", (chunk) => {
    text += chunk;
    const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
    if (match) resolve(match[1]);
  });
  browser.on("exit", (code) => fail("chromium exited with " + code + ":\n" + text));
});
const port = new URL(endpoint).port;
const pages = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const page = pages.find((target) => target.type === "page");
const socket = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });

let nextId = 1;
const waiting = new Map();
const listeners = [];
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  if (message.id !== undefined && waiting.has(message.id)) {
    const { resolve } = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) fail(JSON.stringify(message.error));
    resolve(message.result);
  } else if (message.method) {
    listeners.forEach((listener) => listener(message));
  }
};
function send(method, params = {}) {
  const id = nextId++;
  socket.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve) => waiting.set(id, { resolve }));
}
async function evaluate(expression) {
  const result = await send("Runtime.evaluate", { expression, returnByValue: true });
  if (result.exceptionDetails) fail("page script failed: " + JSON.stringify(result.exceptionDetails));
  return result.result.value;
}
async function open(url) {
  const loaded = new Promise((resolve) => listeners.push((message) => {
    if (message.method === "Page.loadEventFired") resolve();
  }));
  await send("Page.navigate", { url });
  await loaded;
  listeners.length = 0;
}

const requests = [];
listeners.length = 0;
await send("Page.enable");
await send("Network.enable");
const ROWS = `Array.from(document.querySelectorAll("tr.code")).map((row) => ({
  id: row.id,
  code: row.querySelector("td code").textContent,
  message: row.cells[2].textContent,
  description: (row.querySelector("p.searched") || {textContent: ""}).textContent,
  visible: row.getClientRects().length > 0,
}))`;
const results = [];
for (const step of plan) {
  await send("Emulation.setDeviceMetricsOverride",
    { width: step.width, height: 800, deviceScaleFactor: 1, mobile: step.width < 600 });
  const network = (message) => {
    if (message.method === "Network.requestWillBeSent") requests.push(message.params.request.url);
  };
  await open(step.url);
  listeners.push(network);
  const before = await evaluate(ROWS);
  const layout = await evaluate(`({compatMode: document.compatMode, scrollWidth: document.documentElement.scrollWidth,
    count: document.getElementById("page_count").textContent,
    envelope: document.querySelector("#page_format pre").textContent})`);
  await evaluate(`document.getElementById("page_search").focus()`);
  for (const key of step.query) {
    await send("Input.dispatchKeyEvent", { type: "keyDown", key, text: key });
    await send("Input.dispatchKeyEvent", { type: "keyUp", key });
  }
  const typed = await evaluate(`document.getElementById("page_search").value`);
  const after = await evaluate(ROWS);
  const afterCount = await evaluate(`document.getElementById("page_count").textContent`);
  listeners.length = 0;
  await open("about:blank");
  await open(step.url + "#" + step.anchor);
  listeners.push(network);
  const target = await evaluate(`(() => {
    const target = document.querySelector(":target");
    return target === null ? null : {id: target.id, tag: target.tagName, visible: target.getClientRects().length > 0,
      top: Math.round(target.getBoundingClientRect().top)};
  })()`);
  listeners.length = 0;
  results.push({ url: step.url, before, layout, typed, after, afterCount, target });
}
const fetched = requests.filter((url) => !plan.some((step) => url === step.url || url.startsWith(step.url + "#")));
console.log("RESULT " + JSON.stringify({ results, fetched }));
clearTimeout(killer);
socket.close();
// Wait until chromium has exited (at most 10 s): it writes its profile until then, and the test
// deletes that directory as soon as this script ends.
browser.removeAllListeners("exit");
const exited = new Promise((resolve) => browser.once("exit", resolve));
browser.kill();
await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
process.exit(0);
