"""Import time and decode cost of generated errors.py modules.

Usage: python3 bench.py MODULE_DIRECTORY [--samples N]

MODULE_DIRECTORY holds errors_seed.py, errors_100.py, errors_1000.py and errors_10000.py, written
by io.github.errorspec.benchmarks.PythonModules (run.sh does both steps). Prints Markdown tables.

Import time is measured in a fresh interpreter per sample, the standard library modules the
generated module imports already loaded, so that the number is the module's own work: "warm" with
its bytecode cached (every import after the first), "cold" compiling the source (the first import,
or PYTHONDONTWRITEBYTECODE). Two baselines show where the time goes: a str enum with the same number
of plain members (the floor: what enum itself costs), and the design not taken, members whose
values are data tuples unpacked by a custom __new__.

Decode cost is per call, in process, best of 9 timeit loops, the rows taking turns, against json.loads alone.
Hostile bodies (the rows of the shared client contract's cost bound) are timed best of 5 calls, and
their peak allocation measured by tracemalloc in one more call.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import timeit
import tracemalloc
from typing import Any, Dict, List, Tuple

PRELOAD = "import datetime, enum, json, re, time, typing"
PROBE = ("import time\nt0 = time.perf_counter()\n" + PRELOAD + "\nt1 = time.perf_counter()\nimport {module}\n"
         "t2 = time.perf_counter()\nprint(t1 - t0, t2 - t1)\n")
ENVELOPE = ('{"success":false,"error":{"code":"INVALID_TEMPERATURE","message":"Temperature must be between 0 and 2",'
            '"details":{"field":"temperature","issue":"was 3.5"}},'
            '"meta":{"request_id":"req_1234567890","timestamp":"2024-01-01T00:00:00Z"}}')
HTML = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"
HEADERS = {"Content-Type": "application/json", "Content-Length": "190", "Date": "Mon, 01 Jan 2024 00:00:00 GMT",
           "Retry-After": "30", "X-Request-Id": "req_1234567890"}


def write_baselines(directory: str, codes: int) -> None:
    plain = ["import enum\n\n\nclass ErrorCode(str, enum.Enum):\n"]
    custom = ["import enum\n\n\nclass ErrorCode(str, enum.Enum):\n"
              "    def __new__(cls, code, status, retryable, message, description, field, deprecated, since):\n"
              "        member = str.__new__(cls, code)\n        member._value_ = code\n"
              "        member._row = (status, retryable, message, description, field, deprecated, since)\n"
              "        return member\n"]
    for i in range(codes):
        code = "SYNTHETIC_ERROR_%05d" % i
        plain.append('    %s = "%s"\n' % (code, code))
        custom.append('    %s = ("%s", 400, False, "Synthetic error %d went wrong", "Describes synthetic error %d and more",'
                      " None, None, None)\n" % (code, code, i, i))
    with open(os.path.join(directory, "baseline_plain_enum_%d.py" % codes), "w", encoding="utf-8") as file:
        file.write("".join(plain))
    with open(os.path.join(directory, "baseline_custom_new_%d.py" % codes), "w", encoding="utf-8") as file:
        file.write("".join(custom))


def import_times(directory: str, modules: List[str], samples: int, warm: bool) -> Dict[str, Tuple[List[float], List[float]]]:
    """(stdlib preload seconds, module import seconds) per sample, by module; the modules take
    turns, so that a change in the machine's load touches every row alike."""
    cache = tempfile.mkdtemp(prefix="errorspec-pycache-")
    try:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {module: [sys.executable] + ([] if warm else ["-B"]) + ["-c", PROBE.format(module=module)]
                    for module in modules}
        if warm:
            for command in commands.values():
                subprocess.run(command, cwd=directory, env=env, check=True, stdout=subprocess.DEVNULL)
        times: Dict[str, Tuple[List[float], List[float]]] = {module: ([], []) for module in modules}
        for _ in range(samples):
            for module, command in commands.items():
                output = subprocess.run(command, cwd=directory, env=env, check=True, stdout=subprocess.PIPE,
                                        text=True)
                first, second = output.stdout.split()
                times[module][0].append(float(first))
                times[module][1].append(float(second))
        return times
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def per_call(statements: List[str], namespace: Dict[str, Any], repeats: int = 9) -> List[float]:
    """Seconds per call of each statement: the best of ``repeats`` loops, the statements taking turns."""
    timers = [timeit.Timer(statement, globals=namespace) for statement in statements]
    numbers = [max(timer.autorange()[0], 10000) for timer in timers]
    best = [float("inf")] * len(timers)
    for _ in range(repeats):
        for index, timer in enumerate(timers):
            best[index] = min(best[index], timer.timeit(numbers[index]) / numbers[index])
    return best


MIB = 1048576


def hostile_bodies() -> List[Tuple[str, bytes]]:
    """Bodies that once cost seconds or gigabytes, each as bytes: the cap is 1 MiB of UTF-8."""
    def envelope(member: str) -> bytes:
        return ('{"error":{"code":"INVALID_REQUEST"},"x":' + member + "}").encode("utf-8")

    return [
        ("1 MiB of digits in an ignored member", envelope("9" * (MIB - 100))),
        ("1 MiB string in an ignored member", envelope('"' + "y" * (MIB - 100) + '"')),
        ("1 MiB of invalid UTF-8 in an ignored member", envelope('"') + b"\xff" * (MIB - 100) + b'"}'),
        ("1 MiB of arrays nested 1 deep (`[[],[],...]`)", envelope("[" + ",".join(["[]"] * ((MIB - 100) // 3)) + "]")),
        ("1 MiB of arrays nested 31 deep", envelope("[" + ",".join(["[" * 30 + "]" * 30] * ((MIB - 100) // 62)) + "]")),
        ("1 MiB nested 524,288 deep", b"[" * (MIB // 2) + b"]" * (MIB // 2)),
        ("1 MiB unclosed string of escaped quotes", b"[" * 40 + b'"' + b'\\"' * (MIB // 2 - 21)),
        ("32 MiB nested 16 Mi deep (over the cap)", b"[" * (16 * MIB) + b"]" * (16 * MIB)),
        ("50 MiB of ignored members (over the cap)", envelope('"' + "y" * (50 * MIB) + '"')),
    ]


def print_hostile(module: Any) -> None:
    print("\n| hostile body (bytes) | best of 5 | peak allocation |")
    print("| --- | ---: | ---: |")
    for name, body in hostile_bodies():
        best = float("inf")
        for _ in range(5):
            started = timeit.default_timer()
            module.error_from_response(400, body)
            best = min(best, timeit.default_timer() - started)
        tracemalloc.start()
        module.error_from_response(400, body)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print("| %s | %.1f ms | %.1f MB (%.1fx the body) |" % (name, best * 1000, peak / 1e6, peak / len(body)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory")
    parser.add_argument("--samples", type=int, default=15)
    args = parser.parse_args()
    directory = os.path.abspath(args.directory)
    write_baselines(directory, 10000)
    sys.path.insert(0, directory)

    print("Python %s on %s, %d CPUs; %d samples per row\n" % (platform.python_version(), platform.platform(),
                                                              os.cpu_count() or 0, args.samples))
    print("| module | codes | size | warm import, median (min) | cold import, median (min) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    preloads: List[float] = []
    rows = [("errors_seed", "29"), ("errors_100", "100"), ("errors_1000", "1,000"), ("errors_10000", "10,000"),
            ("baseline_plain_enum_10000", "10,000"), ("baseline_custom_new_10000", "10,000")]
    modules = [module for module, _ in rows]
    warm_times = import_times(directory, modules, args.samples, True)
    cold_times = import_times(directory, modules, args.samples, False)
    for module, codes in rows:
        size = os.path.getsize(os.path.join(directory, module + ".py"))
        cells = []
        for times in (warm_times, cold_times):
            preload, own = times[module]
            preloads.extend(preload)
            cells.append("%.1f ms (%.1f)" % (statistics.median(own) * 1000, min(own) * 1000))
        print("| `%s` | %s | %d KiB | %s | %s |" % (module, codes, size // 1024, cells[0], cells[1]))
    print("\nThe standard library modules imported first (`%s`): median %.1f ms.\n"
          % (PRELOAD, statistics.median(preloads) * 1000))

    import errors_seed
    import errors_10000

    body = ENVELOPE.encode("utf-8")
    when = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    error = errors_seed.ErrorCode.INVALID_TEMPERATURE.error(issue="was 3.5")
    as_dict = json.loads(ENVELOPE)
    namespace: Dict[str, Any] = {"json": json, "seed": errors_seed, "large": errors_10000, "body": body,
                                 "text": ENVELOPE, "html": HTML.encode("ascii"), "headers": HEADERS, "error": error,
                                 "when": when, "as_dict": as_dict,
                                 "unknown": body.replace(b"INVALID_TEMPERATURE", b"SYNTHETIC_ERROR_00042")}
    rows2 = [
        ("`json.loads(body)` (baseline)", "json.loads(body)"),
        ("`error_from_response(400, body)`, bytes", "seed.error_from_response(400, body)"),
        ("`error_from_response(400, text)`, str", "seed.error_from_response(400, text)"),
        ("`error_from_response(400, body, headers)`, 5 headers", "seed.error_from_response(400, body, headers)"),
        ("`error_from_response(502, html)`, a proxy's page", "seed.error_from_response(502, html)"),
        ("the same envelope, 10,000-code module (code `SYNTHETIC_ERROR_00042`)",
         "large.error_from_response(400, unknown)"),
    ]
    print("| decode | per call | against `json.loads` |")
    print("| --- | ---: | ---: |")
    decode = per_call([statement for _, statement in rows2], namespace)
    for (name, _), seconds in zip(rows2, decode):
        print("| %s | %.2f µs | %.2fx |" % (name, seconds * 1e6, seconds / decode[0]))
    dumps, to_json = per_call(['json.dumps(as_dict, separators=(",", ":"))', 'error.to_json("req_1234567890", when)'],
                              namespace)
    print("\n| encode | per call | against `json.dumps` |")
    print("| --- | ---: | ---: |")
    print('| `json.dumps(envelope, separators=(",", ":"))` (baseline) | %.2f µs | 1.00x |' % (dumps * 1e6))
    print('| `error.to_json("req_1234567890", when)` | %.2f µs | %.2fx |' % (to_json * 1e6, to_json / dumps))
    print_hostile(errors_seed)


if __name__ == "__main__":
    main()
