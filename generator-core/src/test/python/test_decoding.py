"""Turning responses into errors: bodies, headers and the response objects of HTTP libraries."""

import datetime
import email.message
import http.client
import http.server
import io
import threading
import time
import unittest
import urllib.error
import urllib.request
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple

from seed_errors import (
    ApiError,
    BadGatewayError,
    BadRequestError,
    ErrorCode,
    RateLimitExceededError,
    ServiceUnavailableError,
    UnauthorizedError,
    error_from_response,
    raise_for_response,
    retry_with_backoff,
)

ENVELOPE = ('{"success":false,"error":{"code":"INVALID_TEMPERATURE","message":"Temperature must be between 0 and 2",'
            '"details":{"field":"temperature","issue":"was 3.5"}},'
            '"meta":{"request_id":"req_1234567890","timestamp":"2024-01-01T00:00:00Z"}}')
NOW = 1700000000.0  # 2023-11-14T22:13:20Z


def clock() -> float:
    return NOW


def http_date(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")


def nested(depth: int) -> str:
    """An envelope whose deepest member nests ``depth`` objects and arrays, the envelope included."""
    return '{"error":{"code":"INVALID_REQUEST"},"x":' + "[" * (depth - 1) + "]" * (depth - 1) + "}"


class EnvelopeTest(unittest.TestCase):

    def test_the_seed_envelope_gives_every_value(self) -> None:
        error = error_from_response(400, ENVELOPE)
        self.assertIsInstance(error, BadRequestError)
        self.assertEqual(
            (400, "INVALID_TEMPERATURE", ErrorCode.INVALID_TEMPERATURE, "Temperature must be between 0 and 2",
             "temperature", "was 3.5", "req_1234567890", False, None, ENVELOPE),
            (error.status, error.code, error.error_code, error.message, error.field, error.issue, error.request_id,
             error.retryable, error.retry_after, error.body))

    def test_the_class_follows_the_response_status_and_retryable_the_catalog(self) -> None:
        error = error_from_response(503, ENVELOPE)
        self.assertIs(ServiceUnavailableError, type(error))
        self.assertEqual((ErrorCode.INVALID_TEMPERATURE, False), (error.error_code, error.retryable))

    def test_a_status_without_a_class_gives_api_error(self) -> None:
        error = error_from_response(418, ENVELOPE)
        self.assertIs(ApiError, type(error))
        self.assertEqual((418, ErrorCode.INVALID_TEMPERATURE), (error.status, error.error_code))

    def test_an_unknown_code_is_retryable_for_429_and_5xx_only(self) -> None:
        for status, retryable in ((400, False), (404, False), (429, True), (499, False), (500, True), (502, True),
                                  (599, True), (600, False)):
            with self.subTest(status):
                error = error_from_response(status, '{"error":{"code":"NEW_CODE","message":"New"}}')
                self.assertEqual(("NEW_CODE", None, "New", retryable),
                                 (error.code, error.error_code, error.message, error.retryable))

    def test_members_of_the_wrong_type_are_ignored(self) -> None:
        body = ('{"error":{"code":"INVALID_REQUEST","message":42,"details":{"field":["x"],"issue":null}},'
                '"meta":{"request_id":7}}')
        error = error_from_response(400, body, {"X-Request-Id": "from-header"})
        self.assertEqual(("INVALID_REQUEST", "", None, None, "from-header"),
                         (error.code, error.message, error.field, error.issue, error.request_id))
        for details, meta in (('"details":"x"', '"meta":[]'), ('"details":[1]', '"meta":null')):
            with self.subTest(details):
                error = error_from_response(400, '{"error":{"code":"INVALID_REQUEST",' + details + "}," + meta + "}")
                self.assertEqual(("INVALID_REQUEST", None, None, None),
                                 (error.code, error.field, error.issue, error.request_id))

    def test_unknown_members_are_ignored(self) -> None:
        body = '{"error":{"code":"MISSING_API_KEY","message":"m","extra":{"a":[1,2.5e3,true]}},"version":2}'
        self.assertEqual(ErrorCode.MISSING_API_KEY, error_from_response(401, body).error_code)

    def test_nesting_up_to_32_levels_is_read_and_deeper_is_no_envelope(self) -> None:
        self.assertEqual("INVALID_REQUEST", error_from_response(400, nested(32)).code)
        self.assertEqual("", error_from_response(400, nested(33)).code)

    def test_brackets_inside_strings_are_no_nesting(self) -> None:
        deep = "[" * 40 + "{" * 40
        for text, code in (('"' + deep + '"', "INVALID_REQUEST"), ('"a\\"' + deep + '"', "INVALID_REQUEST"),
                           ('"a\\\\\\"' + deep + '\\\\"', "INVALID_REQUEST"),
                           ('"a\\\\",' + "[" * 40 + "]" * 40, ""), ('"\\u005b' + deep + '"', "INVALID_REQUEST")):
            with self.subTest(text):
                body = '{"error":{"code":"INVALID_REQUEST"},"x":[' + text + "]}"
                self.assertEqual(code, error_from_response(400, body).code)


class HostileBodyTest(unittest.TestCase):
    """Bodies that are no envelope give the status's class, code "", the reason and the body: never an exception."""

    BODIES: Dict[str, str] = {
        "an HTML page": "<html><body><h1>502 Bad Gateway</h1></body></html>",
        "an empty body": "",
        "white space": " \r\n\t",
        "null": "null",
        "an array": '[{"error":{"code":"INVALID_REQUEST"}}]',
        "a string": '"INVALID_REQUEST"',
        "an empty object": "{}",
        "error null": '{"error":null}',
        "error a string": '{"error":"INVALID_REQUEST"}',
        "a numeric code": '{"error":{"code":400}}',
        "no code": '{"error":{"message":"m"}}',
        "broken JSON": '{"error":{"code":"INVALID_REQUEST"',
        "text after the JSON": '{"error":{"code":"INVALID_REQUEST"}} trailing',
        "two documents": '{"error":{"code":"A"}}{"error":{"code":"B"}}',
        "single quotes": "{'error':{'code':'INVALID_REQUEST'}}",
        "two byte-order marks": '\ufeff\ufeff{"error":{"code":"INVALID_REQUEST"}}',
        "NaN": '{"error":{"code":"INVALID_REQUEST"},"n":NaN}',
        "Infinity": '{"error":{"code":"INVALID_REQUEST"},"n":Infinity}',
        "-Infinity": '{"error":{"code":"INVALID_REQUEST"},"n":-Infinity}',
        "a control character in a string": '{"error":{"code":"INVALID\x01REQUEST"}}',
        "a bad escape": '{"error":{"code":"\\x41"}}',
        "deep nesting, 100,000 arrays": "[" * 100000 + "]" * 100000,
        "deep nesting, 100,000 objects": '{"a":' * 100000 + "1" + "}" * 100000,
        "deep nesting inside an envelope": nested(900),
        "unclosed nesting": "[" * 1000000,
        "a lone surrogate before broken JSON": "\ud800{",
    }

    def test_bodies_that_are_no_envelope(self) -> None:
        for name, body in self.BODIES.items():
            for status, error_class, reason in ((502, BadGatewayError, "Bad Gateway"), (401, UnauthorizedError,
                                                                                          "Unauthorized")):
                with self.subTest(name, status=status):
                    error = error_from_response(status, body)
                    self.assertIs(error_class, type(error))
                    self.assertEqual(("", None, reason, None, None, None, body),
                                     (error.code, error.error_code, error.message, error.field, error.issue,
                                      error.request_id, error.body))

    def test_the_same_bodies_as_bytes(self) -> None:
        for name, body in self.BODIES.items():
            if name.startswith("a lone surrogate"):
                continue
            with self.subTest(name):
                error = error_from_response(502, body.encode("utf-8"))
                self.assertEqual(("", "Bad Gateway", body), (error.code, error.message, error.body))

    def test_invalid_utf8_is_replaced_and_the_envelope_still_read(self) -> None:
        body = b'{"error":{"code":"INVALID_REQUEST","message":"caf\xe9"}}'
        error = error_from_response(400, body)
        self.assertEqual(("INVALID_REQUEST", "caf\ufffd", '{"error":{"code":"INVALID_REQUEST","message":"caf\ufffd"}}'),
                         (error.code, error.message, error.body))
        self.assertEqual("\ufffd\ufffd", error_from_response(400, b"\xff\xfe").body)

    def test_a_leading_byte_order_mark_is_ignored_and_kept_in_the_body(self) -> None:
        text = '\ufeff{"error":{"code":"INVALID_REQUEST"}}'
        for body in (text, text.encode("utf-8")):
            with self.subTest(type(body).__name__):
                error = error_from_response(400, body)
                self.assertEqual(("INVALID_REQUEST", text), (error.code, error.body))

    def test_bytearray_and_none_bodies(self) -> None:
        self.assertEqual("INVALID_TEMPERATURE", error_from_response(400, bytearray(ENVELOPE, "utf-8")).code)
        error = error_from_response(400, None)
        self.assertEqual(("", "Bad Request", ""), (error.code, error.message, error.body))

    def test_huge_numbers_are_read_without_converting_them(self) -> None:
        body = '{"error":{"code":"INVALID_REQUEST","limit":' + "9" * 1000000 + ',"f":1e999999}}'
        self.assertEqual("INVALID_REQUEST", error_from_response(400, body).code)

    def test_a_huge_body_is_no_envelope_and_kept_whole(self) -> None:
        html = "<p>" + "x" * 8000000 + "</p>"
        self.assertEqual(html, error_from_response(502, html).body)
        envelope = '{"error":{"code":"INVALID_REQUEST","issue_list":["' + "y" * 8000000 + '"]}}'
        error = error_from_response(400, envelope.encode("utf-8"))
        self.assertEqual(("", "Bad Request", envelope), (error.code, error.message, error.body))

    def test_up_to_1_mib_of_utf8_is_read_and_one_byte_more_is_not(self) -> None:
        def envelope(size: int, filler: str) -> str:
            head, tail = '{"error":{"code":"INVALID_REQUEST"},"pad":"', '"}'
            room = size - len(head) - len(tail)
            width = len(filler.encode("utf-8"))
            return head + filler * (room // width) + "x" * (room % width) + tail

        for filler in ("x", "\u00e9", "\u65e5", "\U0001F600"):
            for size, code in ((1048576, "INVALID_REQUEST"), (1048577, "")):
                text = envelope(size, filler)
                self.assertEqual(size, len(text.encode("utf-8")))
                for body in (text, text.encode("utf-8")):
                    with self.subTest(filler=filler, size=size, body=type(body).__name__):
                        self.assertEqual(code, error_from_response(400, body).code)

    def test_hostile_bodies_are_decided_fast(self) -> None:
        bodies = {"32 MB of nested arrays": "[" * 16777216 + "]" * 16777216,
                  "1 MiB of nested arrays": "[" * 524288 + "]" * 524288,
                  "1 MiB of arrays nested 32 deep": '{"error":{"code":"INVALID_REQUEST"},"x":['
                  + ",".join(["[" * 31 + "]" * 31] * 16000) + "]}",
                  "an unclosed string of 500,000 escaped quotes": "[" * 40 + '"' + '\\"' * 500000,
                  "an unclosed string of 500,000 escapes": "[" * 40 + '"' + "\\x" * 500000,
                  "1 MiB of quotes": "[" * 40 + '"' * 1000000}
        for name, text in bodies.items():
            for body in (text, text.encode("utf-8")):
                with self.subTest(name, body=type(body).__name__):
                    started = time.perf_counter()
                    error_from_response(400, body)
                    self.assertLess(time.perf_counter() - started, 2.0)  # a budget for a busy machine: it takes 0.2 s

    def test_nothing_escapes_not_even_memory_error(self) -> None:
        class Exhausting(bytes):
            def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
                raise MemoryError()

        class BrokenClock:
            def __call__(self) -> float:
                raise MemoryError()

        error = error_from_response(429, Exhausting(b'{"error":{"code":"INVALID_API_KEY"}}'),
                                    {"X-Request-Id": "r", "Retry-After": "3"})
        self.assertEqual((RateLimitExceededError, "", "Rate Limit Exceeded", True, "", "r", 3.0),
                         (type(error), error.code, error.message, error.retryable, error.body, error.request_id,
                          error.retry_after))
        error = error_from_response(503, "", {"Retry-After": http_date(NOW)}, clock=BrokenClock())
        self.assertEqual((ServiceUnavailableError, "", None), (type(error), error.code, error.retry_after))

    def test_a_lone_surrogate_in_a_body_string_reads_back(self) -> None:
        error = error_from_response(400, '{"error":{"code":"INVALID_REQUEST","message":"\\ud800 and \ud800"}}')
        self.assertEqual("\ud800 and \ud800", error.message)


class CaseInsensitiveDict(Mapping[str, str]):
    """requests' headers: a mapping that finds names in any case and keeps the case it was given."""

    def __init__(self, items: Dict[str, str]) -> None:
        self._items = {name.lower(): (name, value) for name, value in items.items()}

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)


class HttpxHeaders(Mapping[str, str]):
    """httpx's headers: ``items()`` joins repeated headers with commas, ``multi_items()`` lists each."""

    def __init__(self, pairs: List[Tuple[str, str]]) -> None:
        self._pairs = [(name.lower(), value) for name, value in pairs]

    def __getitem__(self, name: str) -> str:
        values = [value for key, value in self._pairs if key == name.lower()]
        if not values:
            raise KeyError(name)
        return ", ".join(values)

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._pairs))

    def __len__(self) -> int:
        return len(dict(self._pairs))

    def multi_items(self) -> List[Tuple[str, str]]:
        return list(self._pairs)


def http_message(*lines: str) -> http.client.HTTPMessage:
    return http.client.parse_headers(io.BytesIO(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")))


class HeaderTest(unittest.TestCase):

    def retry_after(self, headers: Any) -> Optional[float]:
        return error_from_response(503, "", headers, clock=clock).retry_after

    def test_retry_after_in_seconds(self) -> None:
        self.assertEqual(120.0, self.retry_after({"Retry-After": "120"}))
        self.assertEqual(0.0, self.retry_after({"Retry-After": "0"}))
        self.assertEqual(7.0, self.retry_after({"Retry-After": " 007 "}))

    def test_retry_after_as_an_http_date_counts_from_the_clock(self) -> None:
        self.assertEqual(90.0, self.retry_after({"Retry-After": http_date(NOW + 90)}))
        self.assertEqual(90.0, self.retry_after({"Retry-After": "Tuesday, 14-Nov-23 22:14:50 GMT"}))
        self.assertEqual(90.0, self.retry_after({"Retry-After": "Tue Nov 14 22:14:50 2023"}))
        self.assertEqual(0.0, self.retry_after({"Retry-After": http_date(NOW - 3600)}))

    def test_retry_after_ms_wins_over_retry_after(self) -> None:
        self.assertEqual(1.5, self.retry_after({"Retry-After": "120", "retry-after-ms": "1500"}))
        self.assertEqual(0.25, self.retry_after({"retry-after-ms": "250.0"}))
        self.assertEqual(120.0, self.retry_after({"Retry-After": "120", "retry-after-ms": "soon"}))

    def test_anything_else_is_ignored(self) -> None:
        for value in ("-1", "1.5", "1e3", "0x10", "soon", "", "120 seconds", "Tue, 14 Nov 2023 22:14:50 UTC",
                      "Tue, 31 Feb 2023 22:14:50 GMT", "tue, 14 nov 2023 22:14:50 gmt", "Tue, 14 Nov 2023 25:14:50 GMT",
                      "Tue, 14 Nov 2023 22:14:50 GMT trailing", "\u0661\u0662"):
            with self.subTest(value):
                self.assertIsNone(self.retry_after({"Retry-After": value}))
        for value in ("-5", ".5", "5.", "NaN", "inf", "\u0661"):
            with self.subTest("retry-after-ms " + value):
                self.assertIsNone(self.retry_after({"retry-after-ms": value}))

    def test_a_huge_retry_after_is_a_long_wait_not_a_failure(self) -> None:
        self.assertEqual(float("inf"), self.retry_after({"Retry-After": "9" * 5000}))

    def test_a_clock_that_fails_leaves_dates_unread(self) -> None:
        def broken_clock() -> float:
            raise OverflowError("no time")

        self.assertIsNone(error_from_response(503, "", {"Retry-After": http_date(NOW)}, clock=broken_clock).retry_after)
        self.assertEqual(3.0, error_from_response(503, "", {"Retry-After": "3"}, clock=broken_clock).retry_after)

    def test_names_are_case_insensitive(self) -> None:
        for name in ("Retry-After", "retry-after", "RETRY-AFTER", "rEtRy-AfTeR"):
            with self.subTest(name):
                self.assertEqual(5.0, self.retry_after({name: "5"}))
        self.assertEqual(0.5, self.retry_after({"RETRY-AFTER-MS": "500"}))

    def test_every_shape_of_headers(self) -> None:
        shapes: Dict[str, Any] = {
            "dict": {"Retry-After": "5", "X-Request-Id": "req-h"},
            "list of pairs": [("retry-after", "5"), ("x-request-id", "req-h")],
            "tuple of pairs": (("Retry-After", "5"), ("X-Request-ID", "req-h")),
            "bytes pairs": [(b"Retry-After", b"5"), (b"X-Request-Id", b"req-h")],
            "dict of lists": {"Retry-After": ["5", "6"], "X-Request-Id": ("req-h",)},
            "requests": CaseInsensitiveDict({"retry-after": "5", "x-request-id": "req-h"}),
            "httpx": HttpxHeaders([("Retry-After", "5"), ("X-Request-Id", "req-h")]),
            "http.client.HTTPMessage": http_message("Retry-After: 5", "X-Request-Id: req-h"),
        }
        message = email.message.Message()
        message["Retry-After"] = "5"
        message["X-Request-Id"] = "req-h"
        shapes["email.message.Message"] = message
        for name, headers in shapes.items():
            with self.subTest(name):
                error = error_from_response(503, "", headers)
                self.assertEqual((5.0, "req-h"), (error.retry_after, error.request_id))

    def test_a_repeated_header_counts_with_its_first_value(self) -> None:
        for headers in ([("Retry-After", "5"), ("retry-after", "9")], http_message("Retry-After: 5", "Retry-After: 9"),
                        HttpxHeaders([("Retry-After", "5"), ("Retry-After", "9")])):
            with self.subTest(type(headers).__name__):
                self.assertEqual(5.0, self.retry_after(headers))

    def test_of_values_joined_by_a_client_library_the_first_counts(self) -> None:
        date, later = http_date(NOW + 90), http_date(NOW + 600)
        for value, seconds in (("5, 10", 5.0), ("5,10", 5.0), (" 5 ,10", 5.0), ("soon, 5", None), (", 5", None),
                               (date + ", " + later, 90.0), (date + ", 5", 90.0), ("5, " + date, 5.0),
                               ("Tuesday, 14-Nov-23 22:14:50 GMT, 5", 90.0), ("Tue, 14 Nov 2023", None)):
            with self.subTest(value):
                self.assertEqual(seconds, self.retry_after({"Retry-After": value}))
        self.assertEqual(0.25, self.retry_after({"retry-after-ms": "250, 1000"}))
        for value, request_id in (("a, b", "a"), ("a,b", "a"), (" a ,b", "a"), (", b", None), ("  ", None),
                                  ("Tue, 14 Nov", "Tue")):
            with self.subTest(value):
                self.assertEqual(request_id, error_from_response(502, "", {"X-Request-Id": value}).request_id)

    def test_a_date_is_read_whatever_its_weekday(self) -> None:
        self.assertEqual(90.0, self.retry_after({"Retry-After": "Sun, 14 Nov 2023 22:14:50 GMT"}))

    def test_headers_of_no_known_shape_are_ignored(self) -> None:
        class Broken:
            def items(self) -> List[Tuple[str, str]]:
                raise RuntimeError("broken")

        odd_shapes: List[Any] = [42, "Retry-After: 5", [("Retry-After",)], [None], Broken(), {5: "5"},
                                 {"Retry-After": 5}, {"Retry-After": []}]
        for headers in odd_shapes:
            with self.subTest(repr(headers)):
                error = error_from_response(503, ENVELOPE, headers)
                self.assertEqual(("INVALID_TEMPERATURE", None), (error.code, error.retry_after))

    def test_x_request_id_is_used_when_the_body_has_no_request_id(self) -> None:
        headers = {"X-Request-Id": "req-header"}
        self.assertEqual("req_1234567890", error_from_response(400, ENVELOPE, headers).request_id)
        self.assertEqual("req-header", error_from_response(400, '{"error":{"code":"INVALID_REQUEST"}}', headers)
                         .request_id)
        self.assertEqual("req-header", error_from_response(502, "<html></html>", headers).request_id)
        self.assertIsNone(error_from_response(502, "<html></html>", {"X-Request-Id": ""}).request_id)


class FakeRequestsResponse:
    """requests.Response and httpx.Response: status_code, content, text, headers."""

    def __init__(self, status_code: int, content: bytes, headers: Any) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class FakeStreamedHttpxResponse:
    """An httpx response streamed and not read yet: ``content`` raises, ``read()`` reads."""

    def __init__(self, status_code: int, body: bytes) -> None:
        self.status_code = status_code
        self.headers = HttpxHeaders([("Retry-After", "3")])
        self._body = body

    @property
    def content(self) -> bytes:
        raise RuntimeError("Attempted to access streaming response content, without having called `read()`.")

    def read(self) -> bytes:
        return self._body


class FakeUrllibResponse:
    """http.client.HTTPResponse: status, read(), headers (an HTTPMessage)."""

    def __init__(self, status: int, body: bytes, headers: http.client.HTTPMessage) -> None:
        self.status = status
        self.headers = headers
        self._body = io.BytesIO(body)

    def read(self) -> bytes:
        return self._body.read()


class FakeHttpError:
    """urllib.error.HTTPError as older Pythons have it: code, read(), headers; no status."""

    def __init__(self, code: int, body: bytes) -> None:
        self.code = code
        self.headers = http_message("X-Request-Id: req-urllib")
        self._body = body

    def read(self) -> bytes:
        return self._body


class RaiseForResponseTest(unittest.TestCase):

    def test_a_successful_response_is_returned(self) -> None:
        for response in (FakeRequestsResponse(200, b"{}", {}), FakeRequestsResponse(399, b"", {}),
                         FakeUrllibResponse(204, b"", http_message())):
            with self.subTest(type(response).__name__):
                self.assertIs(response, raise_for_response(response))

    def test_requests_and_httpx_responses(self) -> None:
        headers = CaseInsensitiveDict({"Retry-After": "30", "X-Request-Id": "req-h"})
        response = FakeRequestsResponse(429, b'{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded"}}',
                                        headers)
        with self.assertRaises(RateLimitExceededError) as raised:
            raise_for_response(response)
        self.assertEqual((ErrorCode.RATE_LIMIT_EXCEEDED, 30.0, "req-h", True),
                         (raised.exception.error_code, raised.exception.retry_after, raised.exception.request_id,
                          raised.exception.retryable))

    def test_a_streamed_httpx_response_is_read(self) -> None:
        with self.assertRaises(BadRequestError) as raised:
            raise_for_response(FakeStreamedHttpxResponse(400, ENVELOPE.encode("utf-8")))
        self.assertEqual(("INVALID_TEMPERATURE", 3.0), (raised.exception.code, raised.exception.retry_after))

    def test_urllib_responses_and_http_errors(self) -> None:
        with self.assertRaises(BadGatewayError) as raised:
            raise_for_response(FakeUrllibResponse(502, b"<html>bad gateway</html>", http_message("Retry-After: 2")))
        self.assertEqual(("", "Bad Gateway", 2.0, "<html>bad gateway</html>"),
                         (raised.exception.code, raised.exception.message, raised.exception.retry_after,
                          raised.exception.body))
        with self.assertRaises(UnauthorizedError) as raised_401:
            raise_for_response(FakeHttpError(401, b'{"error":{"code":"MISSING_API_KEY","message":"API key is required"}}'))
        self.assertEqual((ErrorCode.MISSING_API_KEY, "req-urllib"),
                         (raised_401.exception.error_code, raised_401.exception.request_id))

    def test_an_object_without_a_status_is_refused(self) -> None:
        with self.assertRaises(TypeError):
            raise_for_response(object())


class Handler(http.server.BaseHTTPRequestHandler):
    """A tiny API on loopback: each path answers as a real server or gateway would."""

    attempts: Dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        count = Handler.attempts[self.path] = Handler.attempts.get(self.path, 0) + 1
        if self.path == "/ok":
            self.answer(200, b'{"success":true}', "application/json")
        elif self.path == "/limited":
            body = ErrorCode.RATE_LIMIT_EXCEEDED.error(issue="10 requests per minute").to_json("req-loopback")
            self.answer(429, body.encode("utf-8"), "application/json", [("Retry-After", "7"), ("X-Request-Id", "other")])
        elif self.path == "/gateway":
            self.answer(502, b"<html><body>502 Bad Gateway</body></html>", "text/html", [("X-Request-Id", "req-gw")])
        elif self.path == "/flaky" and count < 3:
            body = ErrorCode.OVERLOADED.error().to_json()
            self.answer(503, body.encode("utf-8"), "application/json", [("Retry-After", "0")])
        else:
            self.answer(200, b'{"success":true,"attempt":' + str(count).encode("ascii") + b"}", "application/json")

    def answer(self, status: int, body: bytes, content_type: str, headers: Optional[List[Tuple[str, str]]] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers or []:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class LoopbackTest(unittest.TestCase):
    """urllib against a real HTTP server on 127.0.0.1."""

    server: http.server.ThreadingHTTPServer

    @classmethod
    def setUpClass(cls) -> None:
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.server.shutdown()
        cls.server.server_close()

    def get(self, path: str) -> bytes:
        url = "http://127.0.0.1:%d%s" % (self.server.server_address[1], path)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return raise_for_response(response).read()
        except urllib.error.HTTPError as error:
            raise_for_response(error)
            raise AssertionError("raise_for_response returned for " + str(error.code))

    def test_a_successful_response_passes(self) -> None:
        self.assertEqual(b'{"success":true}', self.get("/ok"))

    def test_an_error_envelope_with_its_headers(self) -> None:
        with self.assertRaises(RateLimitExceededError) as raised:
            self.get("/limited")
        error = raised.exception
        self.assertEqual((429, ErrorCode.RATE_LIMIT_EXCEEDED, "Rate limit exceeded", "10 requests per minute",
                          "req-loopback", 7.0, True),
                         (error.status, error.error_code, error.message, error.issue, error.request_id,
                          error.retry_after, error.retryable))

    def test_a_gateway_page(self) -> None:
        with self.assertRaises(BadGatewayError) as raised:
            self.get("/gateway")
        self.assertEqual(("", "Bad Gateway", "req-gw", "<html><body>502 Bad Gateway</body></html>"),
                         (raised.exception.code, raised.exception.message, raised.exception.request_id,
                          raised.exception.body))

    def test_retrying_until_the_server_recovers(self) -> None:
        waits: List[float] = []
        self.assertEqual(b'{"success":true,"attempt":3}', retry_with_backoff(lambda: self.get("/flaky"),
                                                                                sleep=waits.append))
        self.assertEqual(([0.0, 0.0], 3), (waits, Handler.attempts["/flaky"]))


if __name__ == "__main__":
    unittest.main()
