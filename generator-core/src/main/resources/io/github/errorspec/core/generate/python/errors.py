# errorspec:begin header
# The template of every generated errors.py: PythonGenerator replaces each region between
# "errorspec:begin" and "errorspec:end" lines with the catalog's text and keeps the rest as it is.
# The sample catalog below makes the template a module of its own, type-checked by the tests.
"""The error codes of a sample API."""
# errorspec:end header

import datetime
import enum
import itertools
import json
import math
import re
import sys
import time
import types
from typing import (TYPE_CHECKING, Any, Awaitable, Callable, Dict, Iterable, List, Mapping, NamedTuple, NoReturn,
                    Optional, Protocol, Tuple, Type, TypeVar, Union, overload)
# errorspec:begin typing
from typing import Literal, TypedDict
# errorspec:end typing

if TYPE_CHECKING:
    import urllib.error  # for raise_for_response's signature only: never imported when the module runs

# errorspec:begin all
__all__ = [
    "ErrorCode",
    "ApiError",
    "Violation",
    "ParamValue",
    "HeadersLike",
    "error_from_response",
    "raise_for_response",
    "retry_with_backoff",
    "retry_with_backoff_async",
    "ModelNotFoundParams",
    "BadRequestError",
    "NotFoundError",
    "ServiceUnavailableError",
]
# errorspec:end all


ParamValue = Union[str, int, float, bool]
"""The value of an error parameter: ``str`` (string), ``int`` (integer), ``float`` (number) or ``bool``."""

_NO_PARAMS: Mapping[str, ParamValue] = types.MappingProxyType({})


class Violation(NamedTuple):
    """One failed check of a request (``details.violations``): the field, when it is about one, and what is wrong."""

    field: Optional[str]
    issue: str


# errorspec:begin params
ModelNotFoundParams = TypedDict("ModelNotFoundParams", {"model": str, "available": int})
"""The params of ``ErrorCode.MODEL_NOT_FOUND``, every key required.

- ``model``: string
- ``available``: integer. Models the key may use.
"""


# errorspec:end params
class ErrorCode(str, enum.Enum):
    # errorspec:begin codes
    """The error codes of a sample API."""

    INVALID_REQUEST = "INVALID_REQUEST"
    """The request was invalid."""

    MODEL_NOT_FOUND = "MODEL_NOT_FOUND"
    """Model {model} not found."""

    OVERLOADED = "OVERLOADED"
    """Service is overloaded."""
    # errorspec:end codes

    @property
    def status(self) -> int:
        """The HTTP status of responses with this code."""
        return _DATA[self._value_][0]

    @property
    def retryable(self) -> bool:
        """Whether a client may retry a request that failed with this code."""
        return _DATA[self._value_][1]

    @property
    def message(self) -> str:
        """The message sent to clients."""
        return _DATA[self._value_][2]

    @property
    def description(self) -> str:
        """What the error means; empty when the catalog gives no description."""
        return _DATA[self._value_][3]

    @property
    def field(self) -> Optional[str]:
        """The request field this error is about, or None."""
        return _DATA[self._value_][4]

    @property
    def deprecated(self) -> Optional[str]:
        """Why the code is deprecated, or what to use instead; None for a code in use."""
        return _DATA[self._value_][5]

    @property
    def since(self) -> Optional[str]:
        """The version that introduced the code, when the catalog says."""
        return _DATA[self._value_][6]

    @classmethod
    def from_code(cls, code: str) -> "Optional[ErrorCode]":
        """The member for a code received in a response; None for a code this module does not know."""
        return _BY_CODE.get(code)
    # errorspec:begin overloads

    @overload
    def error(self: "Literal[ErrorCode.MODEL_NOT_FOUND]", issue: Optional[str] = None, field: Optional[str] = None, *,
              params: ModelNotFoundParams, violations: Iterable[Violation] = ()) -> "NotFoundError": ...

    @overload
    def error(self, issue: Optional[str] = None, field: Optional[str] = None, *,
              violations: Iterable[Violation] = ()) -> "ApiError": ...
    # errorspec:end overloads

    def error(self, issue: Optional[str] = None, field: Optional[str] = None, *,
              params: Optional[Mapping[str, object]] = None, violations: Iterable[Violation] = ()) -> "ApiError":
        """The error for this code, of the class for its HTTP status, for a server to raise.

        ``issue`` gives details of this occurrence (sent as ``details.issue``); ``field`` names
        the request field when it is not the code's own. ``params`` (a code with params only: its
        ``TypedDict``, every key required) are sent as ``details.params`` and rendered into the
        message; without them the message is the catalog's, placeholders as written.
        ``violations`` (``Violation`` values, the first 100 kept) are sent as
        ``details.violations``, the first also as ``field`` and ``issue`` where those are not
        set. A value that does not fit raises ``TypeError`` (wrong type, a
        missing or unknown param, a ``bool`` for a number) or ``ValueError`` (a number that is
        NaN or infinite, an integer beyond 64 bits), naming the code and the param.
        """
        status, _, message, _, own_field, _, _ = _DATA[self._value_]
        values: Mapping[str, ParamValue] = _NO_PARAMS
        if params is not None:
            values, message = _rendered(self._value_, params)
        checked = _checked_violations(self._value_, violations)
        field = own_field if field is None else field
        if checked:  # the first stands for an absent field and issue, for clients that read only those
            field = checked[0].field if field is None else field
            issue = checked[0].issue if issue is None else issue
        return _CLASSES.get(status, ApiError)(
            status, self._value_, message, field, issue, params=values, violations=checked)

    def __str__(self) -> str:
        """The code itself, as ``enum.StrEnum`` gives it, on every Python version."""
        return self._value_

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)


_BY_CODE: Mapping[str, ErrorCode] = ErrorCode.__members__
_Row = Tuple[int, bool, str, str, Optional[str], Optional[str], Optional[str]]
_ParamsRow = Tuple[Dict[str, str], Tuple[str, ...]]

# errorspec:begin data
_DATA: Dict[str, _Row] = {
    # code: (status, retryable, message, description, field, deprecated, since)
    "INVALID_REQUEST": (400, False, "The request was invalid", "", None, None, None),
    "MODEL_NOT_FOUND": (404, False, "Model {model} not found", "", None, None, None),
    "OVERLOADED": (503, True, "Service is overloaded", "", None, None, None),
}

_PARAMS: Dict[str, _ParamsRow] = {
    # code: ({param: type}, the message: text and param names alternating, text first and last)
    "MODEL_NOT_FOUND": ({"model": "string", "available": "integer"}, ("Model ", "model", " not found")),
}

# The catalog's docs_url: a known code's link is it + "#" + the code's slug.
_DOCS_URL: Optional[str] = "https://docs.example.com/errors.html"
# The catalog's problem type base: a received problem's type that is it + a slug names the slug's code.
_PROBLEM_TYPE_BASE: Optional[str] = "https://docs.example.com/errors.html#"
# errorspec:end data


class ApiError(Exception):
    """An error response of the API: raised by a server, received by a client.

    Each error status has a subclass (below), chosen by the HTTP status of the response, so that
    callers catch by status; a status without a subclass gives ``ApiError`` itself. ``error_code``
    tells one code from another, and is None for a code this module does not know, while ``code``
    keeps the text as sent.
    """

    status: int
    """The HTTP status of the response."""
    code: str
    """The error code as sent; empty when the response carried none (a proxy's page, an empty body)."""
    error_code: Optional[ErrorCode]
    """The code as a member of ``ErrorCode``; None for a code this module does not know."""
    message: str
    """The human-readable message; for a body that is no error envelope, the status's reason."""
    field: Optional[str]
    """The request field the error is about (``details.field``), if any."""
    issue: Optional[str]
    """Details of this occurrence (``details.issue``), if any."""
    request_id: Optional[str]
    """The request's id: the body's ``meta.request_id``, else the ``X-Request-Id`` header."""
    retryable: bool
    """Whether the request may be retried: the catalog's advice for a known code, else 429 and 5xx."""
    retry_after: Optional[float]
    """Seconds the server asked the client to wait (``retry-after-ms`` or ``Retry-After``), if any."""
    body: str
    """The response body as text (invalid UTF-8 replaced); empty for an error a server created."""
    params: Mapping[str, ParamValue]
    """The values of this occurrence (``details.params``), by param name; empty when there are none."""
    violations: Tuple[Violation, ...]
    """Every failed check of the request (``details.violations``); empty when there are none."""
    doc_url: Optional[str]
    """The error's documentation link: the ``error.doc_url`` the response carried, else, for a code
    of this catalog, the catalog's link (``docs_url`` + ``#`` + the code in lower kebab case); sent
    by ``to_json``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: Optional[str] = None,
        issue: Optional[str] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
        body: str = "",
        params: Mapping[str, ParamValue] = _NO_PARAMS,
        violations: Tuple[Violation, ...] = (),
        doc_url: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.error_code = error_code = _BY_CODE.get(code)
        self.message = message
        self.field = field
        self.issue = issue
        self.request_id = request_id
        self.retryable = _DATA[code][1] if error_code is not None else status == 429 or 500 <= status <= 599
        self.retry_after = retry_after
        self.body = body
        self.params = types.MappingProxyType(dict(params)) if params else _NO_PARAMS
        self.violations = tuple(violations)
        if doc_url is None and error_code is not None and _DOCS_URL is not None:
            doc_url = _DOCS_URL + "#" + code.lower().replace("_", "-")
        self.doc_url = doc_url

    # errorspec:begin to_json
    def to_json(self, request_id: Optional[str] = None, timestamp: Optional[datetime.datetime] = None) -> str:
        """The error envelope a server sends, as compact JSON.

        ``{"success":false,"error":{"code":..,"message":..,"doc_url":..,"details":{"field":..,"issue":..,
        "params":{..},"violations":[{"field":..,"issue":..}]}},"meta":{"request_id":..,
        "timestamp":..}}``, members absent when they have no value, the timestamp (now unless
        given; a naive datetime counts as UTC) in UTC to the second. The text is the one the
        generated Java writes: besides quotes, backslashes and control characters, ``<``, ``>``,
        ``&``, U+2028 and U+2029 are escaped, so that the JSON can be embedded in HTML or a
        script; lone surrogates are escaped too. Numbers are written as JavaScript writes them.
        """
        json_text = ['{"success":false,"error":{"code":', _json_string(self.code),
                     ',"message":', _json_string(self.message)]
        if self.doc_url is not None:
            json_text.append(',"doc_url":' + _json_string(self.doc_url))
        details: List[str] = []
        if self.field is not None:
            details.append('"field":' + _json_string(self.field))
        if self.issue is not None:
            details.append('"issue":' + _json_string(self.issue))
        if self.params:
            details.append('"params":{' + ",".join(_json_string(name) + ":" + _json_value(value)
                                                   for name, value in self.params.items()) + "}")
        if self.violations:
            details.append('"violations":[' + ",".join(_json_violation(violation) for violation in self.violations)
                           + "]")
        if details:
            json_text.append(',"details":{' + ",".join(details) + "}")
        json_text.append('},"meta":{')
        if request_id is not None:
            json_text.append('"request_id":' + _json_string(request_id) + ",")
        json_text.append('"timestamp":"' + _timestamp(timestamp) + '"}}')
        return "".join(json_text)
    # errorspec:end to_json

    def __str__(self) -> str:
        text = self.code + ": " + self.message if self.code else self.message
        if self.issue is not None:
            text += " (" + self.issue + ")"
        if self.request_id is not None:
            text += " [request " + self.request_id + "]"
        return text

    def __reduce__(self) -> Tuple[Any, ...]:
        # Exceptions pickle their args by default, which are not this constructor's.
        return (type(self), (self.status, self.code, self.message, self.field, self.issue, self.request_id,
                             self.retry_after, self.body, dict(self.params), self.violations, self.doc_url))


class _SupportsItems(Protocol):
    def items(self) -> Iterable[Tuple[Any, Any]]: ...


HeadersLike = Union[_SupportsItems, Iterable[Tuple[str, str]]]
"""Response headers: anything with ``items()`` (a dict, the headers of requests and httpx,
``http.client.HTTPMessage``) or (name, value) pairs. Names are compared ignoring case; a repeated
header counts with its first value, a list value with its first item, and a value that a client
library joined from repeated lines (``5, 10``) with its first comma-separated item (an HTTP date's
comma after the weekday is no separator)."""


def error_from_response(
    status: int,
    body: Union[str, bytes, bytearray, None],
    headers: Optional[HeadersLike] = None,
    clock: Callable[[], float] = time.time,
) -> ApiError:
    """The error for a response, of the class for its HTTP status. Never raises, not even ``MemoryError``.

    ``body`` is the response body, text or bytes (UTF-8: invalid sequences read as U+FFFD, one per
    maximal invalid subpart, and the envelope around them is still read; a leading byte-order mark
    is ignored). An RFC 9457 problem document is read too, whatever the catalog's format: the
    message is its ``detail``, else its ``title``, else the status's reason phrase; the code its
    ``code``, else the code its ``type`` names under the catalog's type base; the rest its extension
    members (the body tells the formats apart, not the ``Content-Type``). A body that is neither (an
    HTML page from a proxy, an empty, broken or too deeply nested body, or one of more than 1 MiB of
    UTF-8 or more than 10,000 of ``[``, ``{``, ``:`` and ``,``, which is not parsed at all) gives
    the status's class with an empty ``code`` and the status's reason phrase as message.
    ``headers`` (see ``HeadersLike``) give ``retry_after`` (``retry-after-ms``, else
    ``Retry-After`` in seconds or as an HTTP date counted from ``clock()``) and the request id when
    the body has none (``X-Request-Id``; an empty one is none).
    """
    for readable_body, readable_headers in ((body, headers), (None, headers), (None, None)):
        try:
            return _decode(status, readable_body, readable_headers, clock)
        except Exception:  # MemoryError included: then without the body, then without the headers too
            pass
    return ApiError(status, "", "HTTP " + str(status))


def _decode(status: int, body: Union[str, bytes, bytearray, None], headers: Optional[HeadersLike],
            clock: Callable[[], float]) -> ApiError:
    if isinstance(body, str):
        text = body
        readable = _utf8_length_at_most(text, _MAX_BODY)
    elif isinstance(body, (bytes, bytearray)):
        text = body.decode("utf-8", "replace")
        readable = len(body) <= _MAX_BODY
    else:
        text = ""
        readable = False
    envelope = _envelope(text[1:] if text.startswith("\ufeff") else text) if readable else None
    values = _header_values(headers)
    retry_after = _retry_after(values, clock)
    header_request_id = values.get("x-request-id")
    error_class = _CLASSES.get(status, ApiError)
    if envelope is None:
        return error_class(status, "", _REASONS.get(status, "HTTP " + str(status)), None, None,
                           header_request_id, retry_after, text)
    code, message, field, issue, request_id, params, violations, doc_url = envelope
    if message is None:  # a problem document with neither detail nor title
        message = _REASONS.get(status, "HTTP " + str(status))
    return error_class(status, code, message, field, issue,
                       header_request_id if request_id is None else request_id, retry_after, text, params, violations,
                       doc_url)


_Response = TypeVar("_Response")


@overload
def raise_for_response(response: "urllib.error.HTTPError", clock: Callable[[], float] = time.time) -> NoReturn: ...
@overload
def raise_for_response(response: _Response, clock: Callable[[], float] = time.time) -> _Response: ...
def raise_for_response(response: Any, clock: Callable[[], float] = time.time) -> Any:
    """Returns ``response`` when its status is below 400, raises its ``ApiError`` otherwise.

    Works with ``requests`` and ``httpx`` responses (``status_code``, ``content``, ``headers``)
    and with ``urllib``'s ``http.client.HTTPResponse`` and ``urllib.error.HTTPError`` (``status``
    or ``code``, ``read()``, ``headers``), without importing any of them. Read a streamed httpx
    response first (``response.read()``, or ``await response.aread()``).

    An ``urllib.error.HTTPError`` is never returned, so that ``except HTTPError as e:
    raise_for_response(e)`` ends a function for type checkers: one below 400 (urllib raises for a
    304 too) is raised again as it is, for the caller to handle as before.
    """
    status = _response_status(response)
    if status < 400:
        if _is_urllib_http_error(response):
            raise response
        return response
    raise error_from_response(status, _response_body(response), _attribute(response, "headers"), clock)


_T = TypeVar("_T")


def retry_with_backoff(
    fn: Callable[[], _T],
    max_attempts: int = 3,
    base_delay: float = 1.0,
    max_delay: float = 60.0,
    jitter: bool = False,
    sleep: Callable[[float], Any] = time.sleep,
    uniform: Optional[Callable[[float, float], float]] = None,
    retry_connection_errors: bool = False,
) -> _T:
    """Calls ``fn`` until it returns, retrying a retryable ``ApiError``; returns what it returned.

    At most ``max_attempts`` calls in all. After a failed call n, the error propagates when it is
    not retryable or no attempt is left; otherwise the wait is the error's ``retry_after`` when it
    has one (and the error propagates at once when that is longer than ``max_delay``), else
    ``base_delay * 2 ** n`` seconds (2 s, then 4 s) cut to ``max_delay``. ``jitter`` makes that
    computed backoff, never a server's wait, a uniformly random value between half of it and all
    of it (drawn with ``uniform(low, high)``, by default ``random.uniform``). Waits call
    ``sleep(seconds)``. The options are checked before the first call: ``ValueError`` unless
    ``max_attempts`` is a whole number of at least 1 and both delays are numbers of at least 0.

    A transport failure, where no response came (connection refused or reset, a timeout), is
    retried only with ``retry_connection_errors=True``, with the backoff above, because a request
    retried after it may have reached the server and run twice (a POST). A transport failure is an
    ``OSError`` (``ConnectionError``, ``TimeoutError``, ``socket.timeout``,
    ``urllib.error.URLError``, and requests' ``ConnectionError`` and ``Timeout``, which subclass
    it), except one that carries an HTTP response (``urllib.error.HTTPError``, or any with a
    ``response`` attribute that is not None, such as requests' ``HTTPError``), or an exception of a
    class named ``TransportError`` defined in the ``httpx`` package, or a subclass of one (httpx is
    not imported for it). Any other exception propagates at once.
    """
    schedule = _Schedule(max_attempts, base_delay, max_delay, jitter, uniform, retry_connection_errors)
    attempt = 1
    while True:
        try:
            return fn()
        except Exception as error:
            wait = schedule.wait(error, attempt)
            if wait is None:
                raise
        sleep(wait)
        attempt += 1


async def retry_with_backoff_async(
    fn: Callable[[], Awaitable[_T]],
    max_attempts: int = 3,
    base_delay: float = 1.0,
    max_delay: float = 60.0,
    jitter: bool = False,
    sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
    uniform: Optional[Callable[[float, float], float]] = None,
    retry_connection_errors: bool = False,
) -> _T:
    """``retry_with_backoff`` for coroutines (httpx's ``AsyncClient``, aiohttp, FastAPI): awaits ``fn()``.

    The same options, checks, attempts and waits; each wait awaits ``sleep(seconds)``, by default
    ``asyncio.sleep`` (pass trio's or anyio's ``sleep`` under another event loop). The options are
    checked when the returned coroutine starts, before the first call.
    """
    schedule = _Schedule(max_attempts, base_delay, max_delay, jitter, uniform, retry_connection_errors)
    if sleep is None:
        import asyncio  # only for the default: the module's import stays light for synchronous callers

        sleep = asyncio.sleep
    attempt = 1
    while True:
        try:
            return await fn()
        except Exception as error:
            wait = schedule.wait(error, attempt)
            if wait is None:
                raise
        await sleep(wait)
        attempt += 1


class _Schedule:
    """The retry contract of both retry functions: the options, checked, and the wait after each failure."""

    def __init__(self, max_attempts: int, base_delay: float, max_delay: float, jitter: bool,
                 uniform: Optional[Callable[[float, float], float]], retry_connection_errors: bool) -> None:
        _check_retry_options(max_attempts, base_delay, max_delay)
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.jitter = jitter
        self.uniform = uniform
        self.retry_connection_errors = retry_connection_errors

    def wait(self, error: Exception, attempt: int) -> Optional[float]:
        """Seconds to wait after failed call ``attempt`` before the next one; None when ``error`` propagates."""
        if isinstance(error, ApiError):
            if not error.retryable or attempt >= self.max_attempts:
                return None
            if error.retry_after is not None:
                return None if error.retry_after > self.max_delay else max(0.0, error.retry_after)
        elif not self.retry_connection_errors or attempt >= self.max_attempts or not _is_transport_failure(error):
            return None
        wait = min(self.base_delay * 2.0 ** min(attempt, 1000), self.max_delay)
        if self.jitter:
            if self.uniform is None:
                import random  # only when asked for: keeps the module's import light

                self.uniform = random.uniform
            wait = self.uniform(wait / 2, wait)
        return wait


def _check_retry_options(max_attempts: object, base_delay: object, max_delay: object) -> None:
    """Rejects what the annotations allow but the loop cannot use, and what callers without a type
    checker pass: a bool, a fraction of an attempt, a negative or NaN delay."""
    if (isinstance(max_attempts, bool) or not isinstance(max_attempts, (int, float)) or not max_attempts >= 1
            or not float(max_attempts).is_integer()):
        raise ValueError("max_attempts must be a whole number of at least 1: " + repr(max_attempts))
    for name, delay in (("base_delay", base_delay), ("max_delay", max_delay)):
        if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not delay >= 0:
            raise ValueError(name + " must be a number of at least 0: " + repr(delay))


def _is_transport_failure(error: BaseException) -> bool:
    """Whether ``error`` means no response came: see ``retry_with_backoff``."""
    if isinstance(error, OSError):
        return not _is_urllib_http_error(error) and getattr(error, "response", None) is None
    return any(cls.__name__ == "TransportError" and cls.__module__.split(".")[0] == "httpx"
               for cls in type(error).__mro__)


def _is_urllib_http_error(value: object) -> bool:
    """Whether ``value`` is an ``urllib.error.HTTPError``, without importing urllib."""
    urllib_error = sys.modules.get("urllib.error")  # an HTTPError exists only once urllib.error is loaded
    http_error: object = getattr(urllib_error, "HTTPError", None)
    return isinstance(http_error, type) and isinstance(value, http_error)


# Decoding. A body of more than 1 MiB of UTF-8, or with more than 10,000 of [, {, : and , (each a
# list, a dict, a member or one more value to json), is no envelope, so that no body costs more time
# or memory than a small multiple of that; deeper JSON is no envelope, as for the generated Java;
# numbers stay their text, as bytes (no JSON value is bytes; str.encode is cheaper than any Python
# function), and only the values of details.params are converted, in linear time (no int() of a
# million hostile digits); NaN and Infinity, which are not JSON, make the body no envelope.
_MAX_BODY = 1048576
_MAX_MARKS = 10000
_MAX_DEPTH = 32
_LONG_MIN = -(2 ** 63)
_LONG_MAX = 2 ** 63 - 1


def _number(token: bytes) -> Optional[Union[int, float]]:
    """An integer token as an ``int`` when it fits in 64 bits (as the generated Java reads it), any
    other number as a ``float``; None beyond a float's range (``1e999``), as the Java drops it."""
    if len(token) <= 20 and token.lstrip(b"-").isdigit():
        integer = int(token)
        if _LONG_MIN <= integer <= _LONG_MAX:
            return integer
    number = float(token)
    return None if math.isinf(number) else number


def _reject_constant(name: str) -> object:
    raise ValueError("not JSON: " + name)


_DECODER = json.JSONDecoder(parse_int=str.encode, parse_float=str.encode, parse_constant=_reject_constant)

_Envelope = Tuple[str, Optional[str], Optional[str], Optional[str], Optional[str], Mapping[str, ParamValue],
                  Tuple[Violation, ...], Optional[str]]


def _utf8_length_at_most(text: str, limit: int) -> bool:
    """Whether ``text`` takes at most ``limit`` bytes of UTF-8 (1 to 4 per character).

    Only a text of between a quarter and all of ``limit`` characters with some non-ASCII one is
    encoded to know (``isascii`` reads a flag): at most 4 bytes a character, a few milliseconds.
    """
    if len(text) > limit:
        return False
    if len(text) * 4 <= limit or text.isascii():
        return True
    return len(text.encode("utf-8", "surrogatepass")) <= limit


def _envelope(text: str) -> Optional[_Envelope]:
    """(code, message, field, issue, request_id, params, violations, doc_url) of an error envelope, else of a
    problem document, or None for any other text."""
    brackets = text.count("[") + text.count("{")  # strings included: a count, not a parse
    if brackets + text.count(":") + text.count(",") > _MAX_MARKS or (brackets > _MAX_DEPTH and _too_deep(text)):
        return None
    try:
        document: object = _DECODER.decode(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    envelope = _as_object(document)
    error = envelope.get("error")
    code = _as_object(error).get("code") if isinstance(error, dict) else None
    if not isinstance(code, str):
        return _problem(envelope)
    members = _as_object(error)
    message = members.get("message")
    details = members.get("details")
    return (code, message if isinstance(message, str) else "", _string(details, "field"),
            _string(details, "issue"), _string(envelope.get("meta"), "request_id"), _received_params(details),
            _received_violations(details), _string(members, "doc_url"))


def _problem(document: Dict[str, object]) -> Optional[_Envelope]:
    """The values of an RFC 9457 problem document, or None when ``document`` is none: no ``type``,
    ``title`` or ``detail`` string and no ``status`` number. The code is a non-empty ``code``, else
    the code ``_code_of_type`` reads; the message a non-empty ``detail``, else a non-empty ``title``,
    else None; the rest the extension members."""
    type_, title, detail = document.get("type"), document.get("title"), document.get("detail")
    # Numbers are bytes here (_DECODER), and nothing else is.
    if not (isinstance(type_, str) or isinstance(title, str) or isinstance(detail, str)
            or isinstance(document.get("status"), bytes)):
        return None
    code = document.get("code")
    message = detail if isinstance(detail, str) and detail else title if isinstance(title, str) and title else None
    return (code if isinstance(code, str) and code else _code_of_type(type_), message, _string(document, "field"),
            _string(document, "issue"), _string(document, "request_id"), _received_params(document),
            _received_violations(document), None)


_SLUG = re.compile("[a-z][a-z0-9-]*")


def _code_of_type(type_: object) -> str:
    """The code a problem's ``type`` names: its slug after the catalog's type base (compared as text,
    never resolved or decoded) upper-cased with ``-`` as ``_``; ``""`` for any other type."""
    base = _PROBLEM_TYPE_BASE
    if not isinstance(type_, str) or base is None or not type_.startswith(base):
        return ""
    slug = type_[len(base):]
    return slug.upper().replace("-", "_") if _SLUG.fullmatch(slug) else ""


def _as_object(value: Any) -> Dict[str, object]:
    return value


def _received_params(details: object) -> Mapping[str, ParamValue]:
    """The strings, numbers and booleans of ``details.params`` (a problem document's own ``params``
    when ``details`` is the document); nothing when it is no object."""
    members = _as_object(details).get("params") if isinstance(details, dict) else None
    if not isinstance(members, dict):
        return _NO_PARAMS
    values: Dict[str, ParamValue] = {}
    for name, value in _as_object(members).items():
        if isinstance(value, (str, bool)):
            values[name] = value
        elif isinstance(value, bytes):
            number = _number(value)
            if number is not None:
                values[name] = number
    return types.MappingProxyType(values) if values else _NO_PARAMS


def _received_violations(details: object) -> Tuple[Violation, ...]:
    """The objects of ``details.violations`` (or a problem document's own) with a string ``issue``;
    ``field`` when it is a string."""
    items = _as_object(details).get("violations") if isinstance(details, dict) else None
    if not isinstance(items, list):
        return ()
    violations: List[Violation] = []
    for item in _as_list(items):
        if isinstance(item, dict):
            members = _as_object(item)
            field, issue = members.get("field"), members.get("issue")
            if isinstance(issue, str):
                violations.append(Violation(field if isinstance(field, str) else None, issue))
    return tuple(violations)


def _string(value: object, name: str) -> Optional[str]:
    """A string member of a JSON object; None when ``value`` is no object or the member no string."""
    if isinstance(value, dict):
        member = _as_object(value).get(name)
        if isinstance(member, str):
            return member
    return None


_JSON_STRING = re.compile('"[^"]*"')  # once escaped backslashes and quotes are gone
_BRACES_AS_BRACKETS = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")


def _too_deep(text: str) -> bool:
    """Whether JSON text nests more than _MAX_DEPTH objects and arrays, read before parsing it; only
    called for a text of more brackets than that.

    Escapes, strings and everything but brackets dropped, each round drops the innermost pairs: any
    bracket left after _MAX_DEPTH rounds is deeper nesting, or broken JSON, which is no envelope
    either. Every step is one linear pass of ``str``, ``re`` or ``bytes`` code over at most the
    text (no pattern that can backtrack further than one run): on 1 MiB, a fraction of the time
    ``json`` takes to parse it.
    """
    unescaped = text.replace("\\\\", "").replace('\\"', "")
    outside_strings = _JSON_STRING.sub("", unescaped).encode("utf-8", "surrogatepass")
    brackets = outside_strings.translate(_BRACES_AS_BRACKETS, _NOT_BRACKETS)
    if b"[" * (_MAX_DEPTH + 1) in brackets:  # the usual hostile body, found in one pass
        return True
    for _ in range(_MAX_DEPTH):
        if not brackets:
            return False
        brackets = brackets.replace(b"[]", b"")
    return bool(brackets)


def _as_list(value: Any) -> List[object]:
    return value


# Headers.
_HEADERS = ("retry-after", "retry-after-ms", "x-request-id")


def _header_values(headers: Any) -> Dict[str, str]:
    """The first value of each header this module reads, by lower-case name: of its first line, the
    first comma-separated item (``requests`` and httpx join repeated lines with ``, ``)."""
    values: Dict[str, str] = {}
    if headers is None:
        return values
    try:
        if hasattr(headers, "multi_items"):  # httpx: repeated headers one by one
            pairs: Iterable[Any] = headers.multi_items()
        elif hasattr(headers, "items"):
            pairs = headers.items()
        else:
            pairs = headers
        for pair in pairs:
            name, value = pair
            if isinstance(name, bytes):
                name = name.decode("latin-1")
            if not isinstance(name, str):
                continue
            name = name.lower()
            if name not in _HEADERS or name in values:
                continue
            if isinstance(value, (list, tuple)):
                value = _as_list(value)[0] if value else None
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if isinstance(value, str):
                values[name] = _first_item(value, name == "retry-after")
    except Exception:  # headers of an unexpected shape: keep what could be read, never fail
        pass
    if values.get("x-request-id") == "":
        del values["x-request-id"]
    return values


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
             "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _first_item(value: str, date: bool) -> str:
    """The text before the first comma, trimmed; for a ``date`` header, a comma right after a day
    name (``Tue, 14 Nov 2023 ...``) belongs to the HTTP date and the item ends at the next one."""
    comma = value.find(",")
    if date and comma >= 0 and value[:comma].strip(" \t") in _WEEKDAYS:
        comma = value.find(",", comma + 1)
    return (value if comma < 0 else value[:comma]).strip(" \t\r\n")


_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6,
           "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_TIME = "([0-9]{2}):([0-9]{2}):([0-9]{2})"
# HTTP dates (RFC 9110, 5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms.
_IMF_FIXDATE = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) " + _MONTH + " ([0-9]{4}) " + _TIME + " GMT"
_RFC_850 = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-" + _MONTH
            + "-([0-9]{2}) " + _TIME + " GMT")
_ASCTIME = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + _MONTH + " ([0-9 ][0-9]) " + _TIME + " ([0-9]{4})"


def _retry_after(values: Dict[str, str], clock: Callable[[], float]) -> Optional[float]:
    """Seconds to wait: ``retry-after-ms``, else ``Retry-After``; None when neither is valid."""
    millis = values.get("retry-after-ms")
    if millis is not None and re.fullmatch("[0-9]+(?:\\.[0-9]+)?", millis):
        return float(millis) / 1000.0
    text = values.get("retry-after")
    if text is None:
        return None
    if re.fullmatch("[0-9]+", text):
        return float(text)
    try:
        now = clock()
        when = _http_date(text, now)
        return None if when is None else max(0.0, when - now)
    except (ValueError, OverflowError, OSError):  # a date or a clock out of datetime's range
        return None


def _http_date(text: str, now: float) -> Optional[float]:
    """The time an HTTP date gives, in seconds since the epoch; None for any other text."""
    match = re.fullmatch(_IMF_FIXDATE, text)
    if match:
        day, month, year, hour, minute, second = match.groups()
    else:
        match = re.fullmatch(_RFC_850, text)
        if match:
            day, month, year, hour, minute, second = match.groups()
            # Two digits: the year in the most recent century not more than 50 years ahead.
            this_year = datetime.datetime.fromtimestamp(now, datetime.timezone.utc).year
            full_year = this_year - this_year % 100 + int(year)
            year = str(full_year - 100 if full_year > this_year + 50 else full_year)
        else:
            match = re.fullmatch(_ASCTIME, text)
            if not match:
                return None
            month, day, hour, minute, second, year = match.groups()
    return datetime.datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second),
                             tzinfo=datetime.timezone.utc).timestamp()


# Responses of requests, httpx and urllib.
def _attribute(value: object, name: str) -> Any:
    """An attribute, or None when it is missing or reading it fails (a consumed stream)."""
    try:
        return getattr(value, name, None)
    except Exception:
        return None


def _response_status(response: object) -> int:
    for name in ("status_code", "status", "code"):
        status = _attribute(response, name)
        if isinstance(status, int) and not isinstance(status, bool):
            return status
    raise TypeError("not an HTTP response (no status_code, status or code): " + type(response).__name__)


def _response_body(response: object) -> Union[str, bytes, bytearray]:
    content = _attribute(response, "content")
    if isinstance(content, (bytes, bytearray)):
        return content
    read = _attribute(response, "read")
    if callable(read):
        try:
            data = read()
            if isinstance(data, (str, bytes, bytearray)):
                return data
        except Exception:
            pass
    text = _attribute(response, "text")
    return text if isinstance(text, str) else b""


# Params and violations of an error a server creates.
_MAX_VIOLATIONS = 100
_PYTHON_TYPES = {"string": "a str", "integer": "an int", "number": "a float", "boolean": "a bool"}


def _rendered(code: str, params: object) -> Tuple[Mapping[str, ParamValue], str]:
    """The checked values of ``params``, in the catalog's order, and the message rendered with them."""
    row = _PARAMS.get(code)
    if row is None:
        raise TypeError("ErrorCode." + code + " has no params")
    if not isinstance(params, Mapping):
        raise TypeError("ErrorCode." + code + ": params must be a mapping, not " + type(params).__name__)
    given = _as_mapping(params)
    declared, parts = row
    for name in given:
        if name not in declared:
            raise TypeError("ErrorCode." + code + " has no param " + repr(name))
    values: Dict[str, ParamValue] = {}
    for name, kind in declared.items():
        if name not in given:
            raise TypeError("ErrorCode." + code + ": param " + name + " is missing")
        values[name] = _checked_value(code, name, kind, given[name])
    message = "".join(part if i % 2 == 0 else _text(values[part]) for i, part in enumerate(parts))
    return types.MappingProxyType(values), message


def _as_mapping(value: Any) -> Mapping[object, object]:
    return value


def _as_tuple(value: Any) -> Tuple[object, ...]:
    return value


def _pair(value: object) -> Tuple[object, ...]:
    """The items of a tuple, such as a ``Violation``; nothing for any other value (from callers without a type checker)."""
    return _as_tuple(value) if isinstance(value, tuple) else ()


def _checked_value(code: str, name: str, kind: str, value: object) -> ParamValue:
    """``value`` as the param's type holds it: a ``bool`` is no number, a ``float`` no integer."""
    where = "ErrorCode." + code + ": param " + name + " (" + kind + ")"
    if kind == "string":
        if isinstance(value, str):
            return str(value)
    elif kind == "boolean":
        if isinstance(value, bool):
            return value
    elif isinstance(value, bool):
        pass
    elif kind == "integer":
        if isinstance(value, int):
            if not _LONG_MIN <= value <= _LONG_MAX:
                raise ValueError(where + " must fit in 64 bits")
            return int(value)
    elif isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            raise ValueError(where + " is too large for a float") from None
        if not math.isfinite(number):
            raise ValueError(where + " must be finite, not " + repr(number))
        return number
    raise TypeError(where + " must be " + _PYTHON_TYPES[kind] + ", not " + type(value).__name__)


def _checked_violations(code: str, violations: Iterable[Violation]) -> Tuple[Violation, ...]:
    """The first 100 violations, each a (field, issue) pair of an optional string and a string."""
    checked: List[Violation] = []
    for violation in itertools.islice(violations, _MAX_VIOLATIONS):
        pair = _pair(violation)
        if len(pair) == 2:
            field, issue = pair
            if (field is None or isinstance(field, str)) and isinstance(issue, str):
                checked.append(Violation(field, issue))
                continue
        raise TypeError("ErrorCode." + code + ": a violation must be Violation(field: Optional[str], issue: str), not "
                        + repr(violation))
    return tuple(checked)


def _text(value: ParamValue) -> str:
    """A value as messages and JSON show it in every language: numbers as JavaScript prints them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number_text(value)
    return str(value)


def _number_text(value: float) -> str:
    """JavaScript's ``Number#toString``: the shortest digits that read back (``repr``'s), integral
    numbers without ``.0``, an exponent only below 1e-6 or from 1e21 (``1e-7``, ``1.5e+21``)."""
    if value == 0:
        return "0"
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    all_digits = whole + fraction
    significant = all_digits.lstrip("0")
    point = len(whole) + (int(exponent) if exponent else 0) - (len(all_digits) - len(significant))
    digits = significant.rstrip("0")
    sign = "-" if value < 0 else ""
    if len(digits) <= point <= 21:
        return sign + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    shown = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return sign + shown + "e" + ("+" if point >= 1 else "-") + str(abs(point - 1))


# Encoding, byte for byte as the generated Java writes it.
_JSON_ESCAPED = re.compile('[\\x00-\\x1f"\\\\<>&\\u2028\\u2029\\ud800-\\udfff]')


def _json_escape(match: "re.Match[str]") -> str:
    character = match.group()
    if character == '"' or character == "\\":
        return "\\" + character
    return "\\u%04x" % ord(character)


def _json_string(text: str) -> str:
    return '"' + _JSON_ESCAPED.sub(_json_escape, text) + '"'


def _json_value(value: ParamValue) -> str:
    """A param's JSON value; a received number that is not finite (``1e999``) as ``null``, as JavaScript writes it."""
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "null"
    return _text(value)


def _json_violation(violation: Violation) -> str:
    field = "" if violation.field is None else '"field":' + _json_string(violation.field) + ","
    return "{" + field + '"issue":' + _json_string(violation.issue) + "}"


def _timestamp(when: Optional[datetime.datetime]) -> str:
    if when is None:
        when = datetime.datetime.now(datetime.timezone.utc)
    elif when.tzinfo is not None:
        when = when.astimezone(datetime.timezone.utc)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (when.year, when.month, when.day, when.hour, when.minute, when.second)


# errorspec:begin statuses
class BadRequestError(ApiError):
    """HTTP 400 Bad Request.

    Codes: ``INVALID_REQUEST``.
    """


class NotFoundError(ApiError):
    """HTTP 404 Not Found.

    Codes: ``MODEL_NOT_FOUND``.
    """


class ServiceUnavailableError(ApiError):
    """HTTP 503 Service Unavailable.

    Codes: ``OVERLOADED``.
    """


_CLASSES: Dict[int, Type[ApiError]] = {
    400: BadRequestError,
    404: NotFoundError,
    503: ServiceUnavailableError,
}

_REASONS: Dict[int, str] = {
    400: "Bad Request",
    404: "Not Found",
    503: "Service Unavailable",
}
# errorspec:end statuses
