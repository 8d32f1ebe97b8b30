"""A client of the example API on ``urllib.request``, the counterpart of ``ApiClient.java``.

Every failure becomes the generated error of its status (``UnauthorizedError``,
``BadRequestError``, ...), read with the response's headers, and retryable ones are retried by the
generated ``retry_with_backoff``, which waits as long as a ``Retry-After`` header asks.
"""

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, Mapping, Optional, TypedDict, cast

from errors import error_from_response, retry_with_backoff


class Generation(TypedDict):
    """A result of the API, as it answers a generation and as ``generation(id)`` fetches it again."""

    id: str
    result: str


class ApiClient:
    """Generates text and images; raises the generated ``ApiError`` of each failure's status."""

    def __init__(
        self,
        base_url: str,
        api_key: Optional[str] = None,
        *,
        max_attempts: int = 3,
        max_delay: float = 60.0,
        sleep: Callable[[float], Any] = time.sleep,
        timeout: float = 10.0,
    ) -> None:
        """A client of the API at ``base_url`` that sends ``api_key`` as a bearer token (none when
        None) and retries as ``retry_with_backoff`` does with ``max_attempts``, ``max_delay`` and
        ``sleep``: 3 attempts, 2 s then 4 s, or the server's ``Retry-After``, by default."""
        self._base_url = base_url
        self._api_key = api_key
        self._max_attempts = max_attempts
        self._max_delay = max_delay
        self._sleep = sleep
        self._timeout = timeout

    def generate_text(self, fields: Mapping[str, str]) -> Generation:
        """Generates text; the fields are model, prompt, temperature and max_tokens."""
        return self.post("/v1/text/generate", fields)

    def generate_image(self, fields: Mapping[str, str]) -> Generation:
        """Generates an image; the fields are model, prompt, size, quality and n."""
        return self.post("/v1/images/generate", fields)

    def generation(self, generation_id: str) -> Generation:
        """Fetches a result again by its id."""
        path = "/v1/generations/" + urllib.parse.quote(generation_id, safe="")
        return self._send(urllib.request.Request(self._url(path), method="GET"))

    def post(self, path: str, fields: Mapping[str, str]) -> Generation:
        """POSTs form fields to ``path``, returning the success body."""
        body = urllib.parse.urlencode(fields).encode("ascii")
        return self._send(urllib.request.Request(
            self._url(path), data=body, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"}))

    def _url(self, path: str) -> str:
        return urllib.parse.urljoin(self._base_url, path)

    def _send(self, request: urllib.request.Request) -> Generation:
        if self._api_key is not None:
            request.add_header("Authorization", "Bearer " + self._api_key)
        body = retry_with_backoff(lambda: self._exchange(request), max_attempts=self._max_attempts,
                                  max_delay=self._max_delay, sleep=self._sleep)
        return cast(Generation, json.loads(body))

    def _exchange(self, request: urllib.request.Request) -> bytes:
        """One exchange: the body of a success, or the ``ApiError`` of a failure raised."""
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                return cast(bytes, response.read())
        except urllib.error.HTTPError as failure:
            # urllib's way to hand over a response of status 400 or more: the error is all it says.
            with failure:
                error = error_from_response(failure.code, failure.read(), failure.headers)
            raise error from None
