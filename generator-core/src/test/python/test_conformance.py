"""The shared client contract: every case of ``conformance/`` run against the seed's module.

PythonModuleTest copies the repository's ``conformance/`` folder beside this file. Decoding cases
run with the body as ``bytes`` and, where it is valid UTF-8, as ``str``, and with the headers as a
plain dict (repeats joined with ``, `` as requests does) and as an ``http.client.HTTPMessage``
(repeats kept); retry scenarios run through ``retry_with_backoff`` and ``retry_with_backoff_async``
(under ``asyncio.run``), with each kind of transport failure a Python client meets.
A failure reads ``id [python] member (shapes): expected X, got Y``, naming the shapes it was fed.
"""

import asyncio
import collections
import datetime
import http.client
import itertools
import json
import math
import os
import socket
import unittest
import urllib.error
import urllib.request
from typing import Any, Callable, Dict, List, Optional, Tuple

import seed_errors
from seed_errors import ApiError, error_from_response, retry_with_backoff, retry_with_backoff_async

FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conformance")
DEFAULT_NOW = "2026-01-01T00:00:00Z"
MEMBERS = ("class", "code", "message", "field", "issue", "request_id", "retryable", "retry_after_ms",
           "doc_url", "params", "violations")


def documents(kind: str) -> List[Tuple[str, Any]]:
    """Every ``*.json`` file of ``conformance/KIND``, in file-name order, read as JSON."""
    folder = os.path.join(FOLDER, kind)
    names = sorted(name for name in os.listdir(folder) if name.endswith(".json"))
    loaded: List[Tuple[str, Any]] = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as file:
            loaded.append((kind + "/" + name, json.load(file)))
    return loaded


def body_bytes(case: Dict[str, Any]) -> bytes:
    if "body" in case:
        return str(case["body"]).encode("utf-8", "surrogatepass")
    if "body_hex" in case:
        return bytes.fromhex(case["body_hex"])
    if "body_parts" in case:
        return b"".join(str(part["text"]).encode("utf-8", "surrogatepass") * int(part.get("repeat", 1))
                        for part in case["body_parts"])
    return b""


def clock_at(now: str) -> Callable[[], float]:
    instant = datetime.datetime.strptime(now, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp()
    return lambda: instant


def joined_headers(lines: List[List[str]]) -> Dict[str, str]:
    """A plain dict as requests gives it: one entry per name (its first spelling), repeats joined by ``, ``."""
    headers: Dict[str, str] = {}
    spelling: Dict[str, str] = {}
    for name, value in lines:
        key = spelling.setdefault(name.lower(), name)
        headers[key] = headers[key] + ", " + value if key in headers else value
    return headers


def message_headers(lines: List[List[str]]) -> http.client.HTTPMessage:
    """An ``http.client.HTTPMessage`` as urllib gives it, every line kept in order."""
    message = http.client.HTTPMessage()
    for name, value in lines:
        message[name] = value
    return message


def header_shapes(lines: List[List[str]]) -> List[Tuple[str, Any]]:
    return [("headers as a dict", joined_headers(lines)), ("headers as an HTTPMessage", message_headers(lines))]


def body_shapes(data: bytes) -> List[Tuple[str, Any]]:
    shapes: List[Tuple[str, Any]] = [("body as bytes", data)]
    try:
        shapes.append(("body as str", data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    return shapes


def python_class(name: str) -> str:
    """The corpus's class (``RateLimitExceeded``, ``InternalServerError``, ``Api``) as Python names it:
    with the suffix ``Error``, never doubled."""
    return name if name.endswith("Error") else name + "Error"


def expected_value(member: str, expected: Any) -> Any:
    return python_class(expected) if member == "class" and isinstance(expected, str) else expected


def actual(error: ApiError, member: str) -> Any:
    """What ``error`` exposes for a member of ``expect``: the class by its Python name."""
    if member == "class":
        return type(error).__name__
    if member == "retry_after_ms":
        seconds = error.retry_after
        return None if seconds is None else round(seconds * 1000) if math.isfinite(seconds) else seconds
    if member == "params":
        return dict(error.params)
    if member == "violations":
        return [{"field": violation.field, "issue": violation.issue} for violation in error.violations]
    return getattr(error, member)


def json_typed(value: Any) -> Any:
    """``value`` with the JSON type of each number made part of it: ``4096`` is not ``4096.0``, ``True`` not ``1``."""
    if isinstance(value, (bool, int, float)):
        return (type(value).__name__, value)
    if isinstance(value, dict):
        return {name: json_typed(item) for name, item in value.items()}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, list):
        return [json_typed(item) for item in value]  # pyright: ignore[reportUnknownVariableType]
    return value


def shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True)


DEFAULTS: Dict[str, Any] = {"params": {}, "violations": []}
"""What a case expects of these members when its ``expect`` leaves them out."""


def mismatches(case_id: str, expect: Dict[str, Any], error: ApiError, shapes: str) -> List[str]:
    lines: List[str] = []
    for member, expected in {**DEFAULTS, **expect}.items():
        if member not in MEMBERS:
            lines.append("%s [python] %s: unknown member of expect" % (case_id, member))
            continue
        got = actual(error, member)
        expected = expected_value(member, expected)
        if json_typed(got) != json_typed(expected):
            lines.append("%s [python] %s (%s): expected %s, got %s" % (case_id, member, shapes, shown(expected),
                                                                       shown(got)))
    return lines


class DecodingConformanceTest(unittest.TestCase):
    """Every ``conformance/decode/*.json`` case, through ``error_from_response``, in every shape."""

    def test_every_decoding_case(self) -> None:
        files = documents("decode")
        self.assertTrue(files, "no decoding cases in " + FOLDER)
        for file_name, document in files:
            clock = clock_at(document.get("now", DEFAULT_NOW))
            for case in document["cases"]:
                data = body_bytes(case)
                for body_shape, body in body_shapes(data):
                    for header_shape, headers in header_shapes(case.get("headers", [])):
                        shapes = body_shape + ", " + header_shape
                        with self.subTest(case["id"], file=file_name, shapes=shapes):
                            error = error_from_response(case["status"], body, headers, clock=clock)
                            self.assertIsInstance(error, ApiError)
                            failures = mismatches(case["id"], case["expect"], error, shapes)
                            if failures:
                                self.fail("\n".join(failures))

    def test_ids_are_unique_across_all_files(self) -> None:
        ids = [case["id"] for _, document in documents("decode") for case in document["cases"]]
        ids += [scenario["id"] for _, document in documents("retry") for scenario in document["scenarios"]]
        self.assertEqual([], sorted(case_id for case_id, count in collections.Counter(ids).items() if count > 1))


class Outcomes:
    """The attempts of a retry scenario: each call meets the next outcome."""

    def __init__(self, outcomes: List[Dict[str, Any]], clock: Callable[[], float],
                 transport: Callable[[str], BaseException]) -> None:
        self.outcomes = outcomes
        self.clock = clock
        self.transport = transport
        self.calls = 0
        self.raised: Optional[BaseException] = None

    def __call__(self) -> str:
        if self.calls >= len(self.outcomes):
            raise BeyondOutcomes("attempt %d is beyond the %d outcomes" % (self.calls + 1, len(self.outcomes)))
        outcome = self.outcomes[self.calls]
        self.calls += 1
        if outcome.get("ok"):
            return "ok"
        if "transport" in outcome:
            self.raised = self.transport(outcome["transport"])
        else:
            self.raised = error_from_response(outcome["status"], body_bytes(outcome),
                                              joined_headers(outcome.get("headers", [])), clock=self.clock)
        raise self.raised


class BeyondOutcomes(BaseException):
    """An attempt the scenario does not list: a BaseException, so that no retry loop can swallow it."""


class _HttpxTransportError(Exception):
    """Stands for ``httpx.TransportError``, which is no OSError: recognised by its name and package."""


_HttpxTransportError.__name__ = "TransportError"
_HttpxTransportError.__module__ = "httpx"


class HttpxConnectError(_HttpxTransportError):
    pass


class RequestsConnectionError(OSError):
    """Stands for requests' ``ConnectionError``: an OSError whose ``response`` is None."""

    response: Optional[object] = None


def builtin_failure(kind: str) -> BaseException:
    return {"refused": ConnectionRefusedError, "reset": ConnectionResetError, "timeout": socket.timeout}[kind](kind)


def urllib_failure(kind: str) -> BaseException:
    return urllib.error.URLError(builtin_failure(kind))


def httpx_failure(kind: str) -> BaseException:
    return HttpxConnectError(kind)


def requests_failure(kind: str) -> BaseException:
    return RequestsConnectionError(kind)


TRANSPORTS: Dict[str, Callable[[str], BaseException]] = {
    "builtin exceptions": builtin_failure,
    "urllib.error.URLError": urllib_failure,
    "httpx-like TransportError": httpx_failure,
    "requests-like ConnectionError": requests_failure,
}


OPTIONS = {"max_attempts": "max_attempts", "base_delay_ms": "base_delay", "max_delay_ms": "max_delay",
           "jitter": "jitter", "retry_connection_errors": "retry_connection_errors"}
"""The options of a scenario by the names of ``retry_with_backoff``'s arguments."""


Retry = Callable[[Outcomes, List[float], Dict[str, Any]], str]
"""Runs a scenario's attempts through one retry function, recording its waits in the list."""


def synchronous(attempts: Outcomes, waits: List[float], arguments: Dict[str, Any]) -> str:
    return retry_with_backoff(attempts, sleep=waits.append, **arguments)


def asynchronous(attempts: Outcomes, waits: List[float], arguments: Dict[str, Any]) -> str:
    async def call() -> str:
        return attempts()

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return asyncio.run(retry_with_backoff_async(call, sleep=sleep, **arguments))


RETRIES: Dict[str, Retry] = {"retry_with_backoff": synchronous, "retry_with_backoff_async": asynchronous}


class RetryConformanceTest(unittest.TestCase):
    """Every ``conformance/retry/*.json`` scenario, through ``retry_with_backoff`` and ``retry_with_backoff_async``."""

    def test_every_retry_scenario(self) -> None:
        files = documents("retry")
        self.assertTrue(files, "no retry scenarios in " + FOLDER)
        for file_name, document in files:
            clock = clock_at(document.get("now", DEFAULT_NOW))
            for scenario in document["scenarios"]:
                uses_transport = any("transport" in outcome for outcome in scenario["outcomes"])
                shapes = list(TRANSPORTS.items()) if uses_transport else [("responses only", builtin_failure)]
                for (transport_name, transport), (retry_name, retry) in itertools.product(shapes, RETRIES.items()):
                    where = retry_name + ", " + transport_name
                    with self.subTest(scenario["id"], file=file_name, shapes=where):
                        failures = self.run_scenario(scenario, clock, transport, where, retry)
                        if failures:
                            self.fail("\n".join(failures))

    def run_scenario(self, scenario: Dict[str, Any], clock: Callable[[], float],
                     transport: Callable[[str], BaseException], where: str, retry: Retry) -> List[str]:
        scenario_id: str = scenario["id"]
        options: Dict[str, Any] = scenario.get("options", {})
        expect: Dict[str, Any] = scenario["expect"]
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            return ["%s [python] options: unknown %s" % (scenario_id, unknown)]
        arguments: Dict[str, Any] = {"jitter": False}
        for name, value in options.items():  # milliseconds to seconds; any other value as it is, to be checked
            in_seconds = name.endswith("_ms") and isinstance(value, (int, float)) and not isinstance(value, bool)
            arguments[OPTIONS[name]] = value / 1000 if in_seconds else value
        shape = scenario_id + " [python] %s (" + where + "): expected %s, got %s"
        waits: List[float] = []
        attempts = Outcomes(scenario["outcomes"], clock, transport)
        result: Any
        try:
            result = ("ok", retry(attempts, waits, arguments))
        except ValueError as error:
            result = ("invalid_options", error)
        except ApiError as error:
            result = ("error", error)
        except BeyondOutcomes as error:
            return ["%s [python] attempts (%s): %s" % (scenario_id, where, error)]
        except BaseException as error:
            result = ("transport", error)
        failures: List[str] = []

        def check(member: str, expected: Any, got: Any) -> None:
            if expected != got:
                failures.append(shape % (member, shown(expected), shown(got)))

        kind, outcome = result
        check("result", expect["result"], kind if kind != "transport" or outcome is attempts.raised else
              "an exception of the test: " + repr(outcome))
        if kind == "error":
            for member in ("class", "code"):
                if member in expect:
                    check(member, expected_value(member, expect[member]), actual(outcome, member))
        check("attempts", expect["attempts"], attempts.calls)
        check("waits_ms", expect["waits_ms"], [round(wait * 1000) for wait in waits])
        return failures


class RealRefusedConnectionTest(unittest.TestCase):
    """A refused connection on loopback, as urllib meets it, retried only when the caller turns it on."""

    def refused_url(self) -> str:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
            listener.bind(("127.0.0.1", 0))
            port = listener.getsockname()[1]
        return "http://127.0.0.1:%d/" % port

    def fetch(self, url: str, calls: List[int]) -> bytes:
        calls.append(1)
        with urllib.request.urlopen(url, timeout=10) as response:
            return seed_errors.raise_for_response(response).read()

    def test_refused_is_raised_at_once_by_default(self) -> None:
        url = self.refused_url()
        calls: List[int] = []
        waits: List[float] = []
        with self.assertRaises(urllib.error.URLError) as raised:
            retry_with_backoff(lambda: self.fetch(url, calls), sleep=waits.append)
        self.assertIsInstance(raised.exception.reason, ConnectionRefusedError)
        self.assertEqual((1, []), (len(calls), waits))

    def test_refused_is_retried_with_the_backoff_when_turned_on(self) -> None:
        url = self.refused_url()
        calls: List[int] = []
        waits: List[float] = []
        with self.assertRaises(urllib.error.URLError) as raised:
            retry_with_backoff(lambda: self.fetch(url, calls), sleep=waits.append, retry_connection_errors=True)
        self.assertIsInstance(raised.exception.reason, ConnectionRefusedError)
        self.assertEqual((3, [2.0, 4.0]), (len(calls), waits))


if __name__ == "__main__":
    unittest.main()
