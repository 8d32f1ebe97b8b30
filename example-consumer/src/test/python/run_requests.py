"""Makes the requests a JSON plan lists with the example's Python client, one after another, and
prints one JSON line per request: what the client received, and the waits its retries asked for.
The Java tests (PythonClientTest) write the plan and compare the lines with what they expect.

    python3 src/test/python/run_requests.py PLAN.json
"""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Union, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "main" / "python"))

from client import ApiClient, Generation  # noqa: E402  (found through the line above)
from errors import ApiError, raise_for_response  # noqa: E402
import params_errors  # noqa: E402


class RecordingSleep:
    """Records each wait instead of sleeping; with a clock URL, moves the server's clock by it."""

    def __init__(self, clock_url: Optional[str]) -> None:
        self.waits_ms: List[int] = []
        self._clock_url = clock_url

    def __call__(self, seconds: float) -> None:
        milliseconds = round(seconds * 1000)
        self.waits_ms.append(milliseconds)
        if self._clock_url is not None:
            advance = urllib.request.Request(self._clock_url + "?ms=" + str(milliseconds), data=b"", method="POST")
            with urllib.request.urlopen(advance, timeout=10):
                pass


def main(plan_file: str) -> None:
    plan: Dict[str, Any] = json.loads(Path(plan_file).read_text("utf-8"))
    base_url: str = plan["baseUrl"]
    for request in cast(List[Dict[str, Any]], plan["requests"]):
        sleep = RecordingSleep(plan["clockUrl"])
        client = ApiClient(base_url, request["key"], max_attempts=request["maxAttempts"],
                           max_delay=request["maxDelayMs"] / 1000, sleep=sleep)
        line: Dict[str, object] = {"name": request["name"], "sleeps": sleep.waits_ms}
        try:
            line["result"] = perform(client, request, base_url)["result"]
        except (ApiError, params_errors.ApiError) as error:
            line["error"] = describe(error)
        sys.stdout.buffer.write((json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
        sys.stdout.buffer.flush()


def perform(client: ApiClient, request: Mapping[str, Any], base_url: str) -> Generation:
    call = request["call"]
    if call == "post":
        return client.post(request["path"], request["form"])
    if call == "generation":
        return client.generation(request["id"])
    if call == "json":
        return post_json(urllib.parse.urljoin(base_url, request["path"]), request["key"], request["body"])
    if call == "params":
        return post_params_form(urllib.parse.urljoin(base_url, request["path"]), request["form"])
    raise ValueError("unknown call: " + str(call))


def post_json(url: str, key: str, body: str) -> Generation:
    """A JSON body POSTed with urllib alone, decoded by the generated ``raise_for_response``."""
    http_request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST", headers={
        "Authorization": "Bearer " + key, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(http_request, timeout=10) as response:
            return cast(Generation, json.loads(raise_for_response(response).read()))
    except urllib.error.HTTPError as failure:
        with failure:
            raise_for_response(failure)
        raise


def post_params_form(url: str, form: Mapping[str, str]) -> Generation:
    """A form POSTed with urllib alone to the second catalog's server, read by that catalog's
    ``raise_for_response`` (``params_errors.py``)."""
    http_request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode("ascii"), method="POST",
                                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(http_request, timeout=10) as response:
            return cast(Generation, json.loads(params_errors.raise_for_response(response).read()))
    except urllib.error.HTTPError as failure:
        with failure:
            params_errors.raise_for_response(failure)
        raise


def describe(error: Union[ApiError, params_errors.ApiError]) -> Dict[str, object]:
    """Everything the error carries, in the order the Java test writes its expectation; params with
    the JSON types they were read as (``4096`` is an int, ``4096.0`` a float, ``"4096"`` a str)."""
    return {
        "class": type(error).__name__,
        "status": error.status,
        "code": error.code,
        "errorCode": None if error.error_code is None else error.error_code.value,
        "message": error.message,
        "field": error.field,
        "issue": error.issue,
        "requestId": error.request_id,
        "retryable": error.retryable,
        "retryAfterMs": None if error.retry_after is None else round(error.retry_after * 1000),
        "params": dict(error.params),
        "violations": [{"field": violation.field, "issue": violation.issue} for violation in error.violations],
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 run_requests.py PLAN.json")
    main(sys.argv[1])
