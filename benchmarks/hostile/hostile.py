"""The hostile rows of run.sh, Python's part.

One body decoded by the generated module's error_from_response, or by json.loads (the baseline), in
this fresh interpreter; prints one tab-separated line: language, row, decoder, best time in ms, the
peak of memory allocated while decoding once more under tracemalloc (in bytes), result.

    python3 hostile.py MODULE_DIRECTORY ROW DECODER [runs]   (ROW 0..7; DECODER errorspec | json.loads)
"""

import importlib
import json
import sys
import time
import tracemalloc
from typing import Callable, List, Tuple

MIB = 1 << 20
OK = '"error":{"code":"OVERLOADED","message":"busy"}'


def ignored_members(length: int) -> str:
    tail = '"error":{"code":"OVERLOADED"}}'
    parts = ["{"]
    size = 1
    i = 0
    while size < length - len(tail) - 200:
        member = '"member%d":{"values":[12345.678e-9,true,false,null,"some text"],"nested":{"a":[],"b":{}}},' % i
        parts.append(member)
        size += len(member)
        i += 1
    parts.append(tail)
    return "".join(parts)


ROWS: List[Tuple[str, Callable[[], str]]] = [
    ("1 MiB of digits (at the cap)", lambda: '{"n":' + "7" * (MIB - 5 - len(OK) - 2) + "," + OK + "}"),
    ("1 MiB + 1 byte (over the cap)", lambda: "{" + OK + ',"pad":"' + "x" * (MIB + 1 - len(OK) - 11) + '"}'),
    ("32 MB of nested arrays", lambda: "{" + OK + ',"x":' + "[" * (16 * MIB) + "]" * (16 * MIB) + "}"),
    ("50 MB of ignored members", lambda: ignored_members(50_000_000)),
    ("1 MiB of empty arrays (over the marks cap)", lambda: "{" + OK + ',"x":[' + "[]," * ((MIB - len(OK) - 12) // 3) + "[]]}"),
    ("1 MiB of numbers (over the marks cap)", lambda: "{" + OK + ',"x":[' + "0.1," * ((MIB - len(OK) - 12) // 4) + "0]}"),
    ("1 MiB of 9,992 long numbers (at the marks cap)", lambda: "{" + OK + ',"x":['
     + ",".join(["7" * ((MIB - len(OK) - 7 - 2 - 9991) // 9992)] * 9992) + "]}"),
    ("params of 4,995 members (at the marks cap)", lambda: '{"error":{"code":"OVERLOADED","message":"busy","details":{"params":{'
     + ",".join('"p%d":%d' % (i, i) for i in range(4995)) + "}}}}"),
]


def main() -> None:
    directory, row_index, decoder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    sys.path.insert(0, directory)
    errors = importlib.import_module("errors_seed")
    row, make = ROWS[row_index]
    body = make()

    def decode() -> str:
        if decoder == "json.loads":
            value = json.loads(body)
            return str(value["error"]["code"]) if isinstance(value, dict) else ""
        return str(errors.error_from_response(503, body).code)

    best = float("inf")
    result = ""
    for run in range(-1, runs):
        started = time.perf_counter()
        try:
            result = 'code "%s"' % decode()
        except BaseException as failure:  # the point is to see what escapes, MemoryError included
            result = "throws " + type(failure).__name__
        took = (time.perf_counter() - started) * 1000
        if run >= 0:
            best = min(best, took)
    tracemalloc.start()
    try:
        decode()
    except BaseException:  # reported above
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print("\t".join(["python", row, decoder, "%.3f" % best, str(peak), result]))


if __name__ == "__main__":
    main()
