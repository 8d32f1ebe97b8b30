"""retry_with_backoff and retry_with_backoff_async: the retry contract shared with the generated Java and TypeScript."""

import asyncio
import random
import socket
import unittest
import urllib.error
from typing import Any, Callable, Dict, List, Optional, Tuple

from seed_errors import ApiError, ErrorCode, error_from_response, retry_with_backoff, retry_with_backoff_async


class Attempts:
    """An operation that fails with the given errors, one per call, then returns "done"."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "done"


def overloaded(retry_after: Optional[float] = None) -> ApiError:
    error = ErrorCode.OVERLOADED.error()
    error.retry_after = retry_after
    return error


def failing(count: int, retry_after: Optional[float] = None) -> Attempts:
    return Attempts(*[overloaded(retry_after) for _ in range(count)])


class RetryTest(unittest.TestCase):

    def setUp(self) -> None:
        self.waits: List[float] = []

    def retry(self, attempts: Attempts, max_attempts: int = 3, base_delay: float = 1.0, max_delay: float = 60.0,
              jitter: bool = False, uniform: Optional[Callable[[float, float], float]] = None,
              retry_connection_errors: bool = False) -> str:
        return retry_with_backoff(attempts, max_attempts, base_delay, max_delay, jitter, self.waits.append, uniform,
                                  retry_connection_errors)

    def test_a_success_is_returned_at_once(self) -> None:
        attempts = Attempts()
        self.assertEqual("done", self.retry(attempts))
        self.assertEqual((1, []), (attempts.calls, self.waits))

    def test_three_attempts_waiting_2_then_4_seconds(self) -> None:
        attempts = failing(5)
        last = attempts.errors[2]
        with self.assertRaises(ApiError) as raised:
            self.retry(attempts)
        self.assertIs(last, raised.exception)
        self.assertEqual((3, [2.0, 4.0]), (attempts.calls, self.waits))

    def test_success_after_failures(self) -> None:
        attempts = failing(2)
        self.assertEqual("done", self.retry(attempts))
        self.assertEqual((3, [2.0, 4.0]), (attempts.calls, self.waits))

    def test_more_attempts_double_the_wait_each_time(self) -> None:
        with self.assertRaises(ApiError):
            self.retry(failing(9), max_attempts=5)
        self.assertEqual([2.0, 4.0, 8.0, 16.0], self.waits)

    def test_the_base_delay_scales_the_backoff(self) -> None:
        with self.assertRaises(ApiError):
            self.retry(failing(9), base_delay=0.25)
        self.assertEqual([0.5, 1.0], self.waits)

    def test_the_backoff_is_cut_to_max_delay(self) -> None:
        with self.assertRaises(ApiError):
            self.retry(failing(9), max_attempts=8, max_delay=10.0)
        self.assertEqual([2.0, 4.0, 8.0, 10.0, 10.0, 10.0, 10.0], self.waits)

    def test_a_backoff_far_beyond_max_delay_does_not_overflow(self) -> None:
        attempts = failing(2000)
        with self.assertRaises(ApiError):
            self.retry(attempts, max_attempts=1500, max_delay=5.0)
        self.assertEqual((1500, 5.0), (attempts.calls, self.waits[-1]))

    def test_one_attempt_never_retries(self) -> None:
        attempts = failing(2)
        with self.assertRaises(ApiError):
            self.retry(attempts, max_attempts=1)
        self.assertEqual((1, []), (attempts.calls, self.waits))

    def test_the_options_are_checked_before_the_first_call(self) -> None:
        bad: List[Dict[str, Any]] = [{"max_attempts": 0}, {"max_attempts": -1}, {"max_attempts": 1.5},
                                     {"max_attempts": True}, {"max_attempts": float("nan")}, {"max_attempts": "3"},
                                     {"base_delay": -1.0}, {"base_delay": float("nan")}, {"base_delay": None},
                                     {"max_delay": -0.001}, {"max_delay": float("nan")}, {"max_delay": False}]
        for options in bad:
            with self.subTest(options):
                attempts = Attempts()
                with self.assertRaises(ValueError):
                    retry_with_backoff(attempts, sleep=self.waits.append, **options)
                self.assertEqual(0, attempts.calls)
        good: List[Dict[str, Any]] = [{"max_attempts": 2.0}, {"base_delay": 0}, {"max_delay": 0},
                                      {"max_delay": float("inf")}]
        for options in good:
            with self.subTest(options):
                self.assertEqual("done", retry_with_backoff(Attempts(), **options))

    def test_the_server_wait_is_honoured(self) -> None:
        with self.assertRaises(ApiError):
            self.retry(failing(3, retry_after=7.0))
        self.assertEqual([7.0, 7.0], self.waits)

    def test_a_server_wait_of_max_delay_is_honoured(self) -> None:
        self.assertEqual("done", self.retry(failing(1, retry_after=60.0)))
        self.assertEqual([60.0], self.waits)

    def test_a_server_wait_above_max_delay_is_not_retried(self) -> None:
        attempts = failing(3, retry_after=120.0)
        with self.assertRaises(ApiError) as raised:
            self.retry(attempts)
        self.assertEqual((1, [], 120.0), (attempts.calls, self.waits, raised.exception.retry_after))

    def test_a_server_wait_from_headers(self) -> None:
        error = error_from_response(503, '{"error":{"code":"OVERLOADED"}}', {"retry-after-ms": "1500"})
        self.assertEqual("done", self.retry(Attempts(error)))
        self.assertEqual([1.5], self.waits)

    def test_errors_that_are_not_retryable_propagate_at_once(self) -> None:
        for error in (ErrorCode.INVALID_REQUEST.error(), ErrorCode.QUOTA_EXCEEDED.error(),
                      error_from_response(404, "<html></html>"), error_from_response(503, '{"error":{"code":"INVALID_API_KEY"}}')):
            with self.subTest(error.code or error.status):
                attempts = Attempts(error)
                with self.assertRaises(ApiError) as raised:
                    self.retry(attempts)
                self.assertEqual((1, []), (attempts.calls, self.waits))
                self.assertIs(error, raised.exception)

    def test_unknown_codes_and_pages_are_retried_for_429_and_5xx(self) -> None:
        attempts = Attempts(error_from_response(429, '{"error":{"code":"NEW_LIMIT"}}'),
                            error_from_response(502, "<html>Bad gateway</html>"))
        self.assertEqual("done", self.retry(attempts))
        self.assertEqual((3, [2.0, 4.0]), (attempts.calls, self.waits))

    def test_other_exceptions_propagate_at_once(self) -> None:
        for error in (ConnectionError("refused"), ValueError("bad"), KeyError("k")):
            with self.subTest(repr(error)):
                attempts = Attempts(error)
                with self.assertRaises(type(error)):
                    self.retry(attempts)
                self.assertEqual((1, []), (attempts.calls, self.waits))

    def test_transport_failures_are_retried_with_the_backoff_when_turned_on(self) -> None:
        attempts = Attempts(ConnectionRefusedError(), socket.timeout(), overloaded(), ConnectionResetError())
        with self.assertRaises(ConnectionResetError):
            self.retry(attempts, max_attempts=4, retry_connection_errors=True)
        self.assertEqual((4, [2.0, 4.0, 8.0]), (attempts.calls, self.waits))

    def test_jitter_draws_the_backoff_of_transport_failures_too(self) -> None:
        self.assertEqual("done", self.retry(Attempts(TimeoutError()), jitter=True, uniform=lambda low, high: low,
                                            retry_connection_errors=True))
        self.assertEqual([1.0], self.waits)

    def test_which_exceptions_are_transport_failures(self) -> None:
        class ConnectError(Exception):  # httpx.ConnectError: a TransportError, which is no OSError
            pass

        class TransportError(Exception):
            pass

        TransportError.__module__ = "httpx._exceptions"
        HttpxConnectError = type("ConnectError", (TransportError,), {})
        NotHttpx = type("TransportError", (Exception,), {"__module__": "mylib"})

        class RequestsHTTPError(OSError):  # requests' HTTPError: an IOError that carries its response
            def __init__(self) -> None:
                super().__init__("500 Server Error")
                self.response = object()

        class RequestsConnectionError(OSError):
            response = None

        retried: List[Exception] = [
            ConnectionRefusedError(), ConnectionResetError(), ConnectionAbortedError(), BrokenPipeError(),
            TimeoutError(), socket.timeout(), socket.gaierror(), OSError("network unreachable"),
            urllib.error.URLError(ConnectionRefusedError()), RequestsConnectionError(), HttpxConnectError()]
        raised: List[Exception] = [
            urllib.error.HTTPError("http://x", 503, "Service Unavailable", None, None),  # type: ignore[arg-type]
            RequestsHTTPError(), ConnectError(), NotHttpx(), ValueError(), RuntimeError()]
        for error in retried + raised:
            with self.subTest(repr(error)):
                attempts = Attempts(error)
                try:
                    self.retry(attempts, max_attempts=2, base_delay=0.0, retry_connection_errors=True)
                except Exception as propagated:
                    self.assertIs(error, propagated)
                self.assertEqual(2 if error in retried else 1, attempts.calls)

    def test_jitter_draws_the_backoff_between_half_and_all_of_it(self) -> None:
        draws: List[Tuple[float, float]] = []

        def lowest(low: float, high: float) -> float:
            draws.append((low, high))
            return low

        with self.assertRaises(ApiError):
            self.retry(failing(3), jitter=True, uniform=lowest)
        self.assertEqual(([(1.0, 2.0), (2.0, 4.0)], [1.0, 2.0]), (draws, self.waits))

    def test_jitter_by_default_uses_random_uniform(self) -> None:
        random.seed(13)
        for _ in range(200):
            with self.assertRaises(ApiError):
                self.retry(failing(3), jitter=True)
        first, second = self.waits[0::2], self.waits[1::2]
        self.assertTrue(all(1.0 <= wait <= 2.0 for wait in first) and all(2.0 <= wait <= 4.0 for wait in second))
        self.assertGreater(len(set(self.waits)), 300)

    def test_jitter_never_changes_a_server_wait(self) -> None:
        def never(low: float, high: float) -> float:
            raise AssertionError("drew a random wait for a server's wait")

        with self.assertRaises(ApiError):
            self.retry(failing(3, retry_after=7.0), jitter=True, uniform=never)
        self.assertEqual([7.0, 7.0], self.waits)

    def test_defaults(self) -> None:
        waits: List[float] = []
        with self.assertRaises(ApiError):
            retry_with_backoff(failing(5), sleep=waits.append)
        self.assertEqual([2.0, 4.0], waits)


class AsyncRetryTest(unittest.TestCase):
    """What only the coroutine version has; the shared scenarios of conformance/retry/ run through both."""

    def test_awaits_fn_and_the_injected_sleep(self) -> None:
        attempts = failing(2)
        waits: List[float] = []

        async def call() -> str:
            await asyncio.sleep(0)
            return attempts()

        async def sleep(seconds: float) -> None:
            waits.append(seconds)

        self.assertEqual("done", asyncio.run(retry_with_backoff_async(call, sleep=sleep)))
        self.assertEqual((3, [2.0, 4.0]), (attempts.calls, waits))

    def test_sleeps_with_asyncio_sleep_by_default(self) -> None:
        attempts = failing(1, retry_after=0.0)

        async def call() -> str:
            return attempts()

        self.assertEqual("done", asyncio.run(retry_with_backoff_async(call)))
        self.assertEqual(2, attempts.calls)

    def test_the_options_are_checked_before_the_first_call(self) -> None:
        attempts = Attempts()

        async def call() -> str:
            return attempts()

        with self.assertRaises(ValueError):
            asyncio.run(retry_with_backoff_async(call, max_attempts=0))
        self.assertEqual(0, attempts.calls)


if __name__ == "__main__":
    unittest.main()
