"""``except urllib.error.HTTPError as e: raise_for_response(e)``: typed as never returning, and true to it.

pyright checks this file in strict mode: ``fetch`` must return ``bytes`` on every path, which it
does only because ``raise_for_response`` of an ``HTTPError`` is typed ``NoReturn``.
"""

import email.message
import io
import unittest
import urllib.error
import urllib.request

from seed_errors import NotFoundError, raise_for_response


def http_error(status: int, body: bytes = b"") -> urllib.error.HTTPError:
    headers = email.message.Message()
    headers["X-Request-Id"] = "req_7"
    return urllib.error.HTTPError("http://127.0.0.1/", status, "reason", headers, io.BytesIO(body))


def fetch(opener: urllib.request.OpenerDirector, url: str) -> bytes:
    """The documented pattern, in a function that must return a value."""
    try:
        with opener.open(url) as response:
            return raise_for_response(response).read()
    except urllib.error.HTTPError as error:
        raise_for_response(error)


class Raising(urllib.request.BaseHandler):
    """An opener handler that fails every request with one HTTPError, as urllib's default handler does."""

    def __init__(self, error: urllib.error.HTTPError) -> None:
        self.error = error

    def http_open(self, req: urllib.request.Request) -> None:
        raise self.error


def opener_raising(error: urllib.error.HTTPError) -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    opener.add_handler(Raising(error))
    return opener


class HttpErrorTest(unittest.TestCase):

    def test_an_error_status_raises_its_api_error(self) -> None:
        body = b'{"error":{"code":"MODEL_NOT_FOUND","message":"Model not found"}}'
        with self.assertRaises(NotFoundError) as raised:
            fetch(opener_raising(http_error(404, body)), "http://127.0.0.1/")
        self.assertEqual(("MODEL_NOT_FOUND", "req_7"), (raised.exception.code, raised.exception.request_id))
        self.assertIsInstance(raised.exception.__context__, urllib.error.HTTPError)

    def test_an_http_error_below_400_is_raised_again_as_it_is(self) -> None:
        not_modified = http_error(304)
        with self.assertRaises(urllib.error.HTTPError) as raised:
            fetch(opener_raising(not_modified), "http://127.0.0.1/")
        self.assertIs(not_modified, raised.exception)

    def test_other_responses_below_400_are_still_returned(self) -> None:
        class NotModified:
            status = 304

        response = NotModified()
        self.assertIs(response, raise_for_response(response))


if __name__ == "__main__":
    unittest.main()
