"""The server side and the everyday behaviour of the generated types."""

import datetime
import json
import pickle
import re
import unittest

from seed_errors import (
    ApiError,
    BadRequestError,
    ErrorCode,
    RateLimitExceededError,
    UnauthorizedError,
    error_from_response,
)

NEW_YEAR = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


class ServerErrorTest(unittest.TestCase):

    def test_error_gives_the_class_of_the_code_status_with_its_field(self) -> None:
        error = ErrorCode.INVALID_TEMPERATURE.error(issue="was 3.5")
        self.assertIs(BadRequestError, type(error))
        self.assertEqual((400, "INVALID_TEMPERATURE", ErrorCode.INVALID_TEMPERATURE,
                          "Temperature must be between 0 and 2", "temperature", "was 3.5", None, False, None, ""),
                         (error.status, error.code, error.error_code, error.message, error.field, error.issue,
                          error.request_id, error.retryable, error.retry_after, error.body))
        self.assertEqual("size", ErrorCode.MISSING_REQUIRED_FIELD.error(field="size").field)
        self.assertIsNone(ErrorCode.MISSING_API_KEY.error().field)

    def test_the_seed_envelope_exactly(self) -> None:
        self.assertEqual(
            '{"success":false,"error":{"code":"INVALID_TEMPERATURE","message":"Temperature must be between 0 and 2",'
            '"doc_url":"https://docs.example.com/errors.html#invalid-temperature",'
            '"details":{"field":"temperature","issue":"was 3.5"}},'
            '"meta":{"request_id":"req_1234567890","timestamp":"2024-01-01T00:00:00Z"}}',
            ErrorCode.INVALID_TEMPERATURE.error(issue="was 3.5").to_json("req_1234567890", NEW_YEAR))

    def test_absent_members_are_left_out(self) -> None:
        self.assertEqual(
            '{"success":false,"error":{"code":"MISSING_API_KEY","message":"API key is required",'
            '"doc_url":"https://docs.example.com/errors.html#missing-api-key"},'
            '"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
            ErrorCode.MISSING_API_KEY.error().to_json(timestamp=NEW_YEAR))
        self.assertEqual(
            '{"success":false,"error":{"code":"MISSING_API_KEY","message":"API key is required",'
            '"doc_url":"https://docs.example.com/errors.html#missing-api-key",'
            '"details":{"issue":"no header"}},"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
            ErrorCode.MISSING_API_KEY.error(issue="no header").to_json(timestamp=NEW_YEAR))

    def test_text_is_escaped_as_the_generated_java_escapes_it(self) -> None:
        issue = '"quoted" back\\slash </script> & <b> \n\t\x00\x1f \u2028\u2029 caf\u00e9 \U0001f600 \ud800 \x7f'
        self.assertEqual(
            '{"success":false,"error":{"code":"INVALID_REQUEST","message":"The request was invalid",'
            '"doc_url":"https://docs.example.com/errors.html#invalid-request",'
            '"details":{"issue":"\\"quoted\\" back\\\\slash \\u003c/script\\u003e \\u0026 \\u003cb\\u003e '
            '\\u000a\\u0009\\u0000\\u001f \\u2028\\u2029 caf\u00e9 \U0001f600 \\ud800 \x7f"}},'
            '"meta":{"request_id":"r","timestamp":"2024-01-01T00:00:00Z"}}',
            ErrorCode.INVALID_REQUEST.error(issue=issue).to_json("r", NEW_YEAR))
        self.assertEqual(issue, json.loads(ErrorCode.INVALID_REQUEST.error(issue=issue).to_json())["error"]["details"]
                         ["issue"])

    def test_doc_url_is_the_catalogs_link_and_a_received_one_wins(self) -> None:
        error = ErrorCode.MODEL_NOT_FOUND.error()
        self.assertEqual("https://docs.example.com/errors.html#model-not-found", error.doc_url)
        self.assertEqual("https://example.org/x#y", error_from_response(
            404, '{"error":{"code":"MODEL_NOT_FOUND","doc_url":"https://example.org/x#y"}}').doc_url)
        self.assertIsNone(error_from_response(404, '{"error":{"code":"NEW_CODE","doc_url":7}}').doc_url)
        self.assertIsNone(error_from_response(502, "<html>").doc_url)
        self.assertEqual(error.doc_url, pickle.loads(pickle.dumps(error)).doc_url)

    def test_the_timestamp_is_utc_to_the_second(self) -> None:
        paris = datetime.timezone(datetime.timedelta(hours=1))
        for when in (datetime.datetime(2024, 1, 1, 1, 0, 0, 999999, tzinfo=paris), datetime.datetime(2024, 1, 1)):
            with self.subTest(str(when)):
                envelope = json.loads(ErrorCode.MISSING_API_KEY.error().to_json(timestamp=when))
                self.assertEqual("2024-01-01T00:00:00Z", envelope["meta"]["timestamp"])
        now = json.loads(ErrorCode.MISSING_API_KEY.error().to_json())["meta"]["timestamp"]
        self.assertRegex(now, re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z"))

    def test_a_server_error_round_trips_to_the_client(self) -> None:
        sent = ErrorCode.RATE_LIMIT_EXCEEDED.error(issue="10 per minute")
        received = error_from_response(sent.status, sent.to_json("req-9").encode("utf-8"))
        self.assertIs(RateLimitExceededError, type(received))
        self.assertEqual((sent.code, sent.error_code, sent.message, sent.field, sent.issue, "req-9", True),
                         (received.code, received.error_code, received.message, received.field, received.issue,
                          received.request_id, received.retryable))

    def test_str_tells_code_message_issue_and_request(self) -> None:
        self.assertEqual("INVALID_TEMPERATURE: Temperature must be between 0 and 2 (was 3.5)",
                         str(ErrorCode.INVALID_TEMPERATURE.error(issue="was 3.5")))
        self.assertEqual("Bad Gateway [request req-1]",
                         str(error_from_response(502, "<html>", {"X-Request-Id": "req-1"})))

    def test_errors_pickle_with_every_value(self) -> None:
        error = error_from_response(401, '{"error":{"code":"INVALID_API_KEY","message":"m"},"meta":{"request_id":"r"}}',
                                    {"Retry-After": "4"})
        copy: object = pickle.loads(pickle.dumps(error))
        self.assertIs(UnauthorizedError, type(copy))
        self.assertEqual(vars(error), vars(copy))

    def test_a_subclass_of_the_caller_keeps_its_own_name(self) -> None:
        class QuotaError(BadRequestError):
            pass

        error = QuotaError(400, "QUOTA", "Quota exceeded", request_id="r")
        self.assertEqual("QuotaError('Quota exceeded')", repr(error))
        self.assertEqual("QUOTA: Quota exceeded [request r]", str(error))
        self.assertEqual("QuotaError", type(error).__name__)

    def test_errors_are_exceptions_caught_by_status_or_base(self) -> None:
        with self.assertRaises(ApiError):
            raise ErrorCode.PROMPT_TOO_LONG.error()
        with self.assertRaises(BadRequestError):
            raise ErrorCode.PROMPT_TOO_LONG.error()


class ErrorCodeTest(unittest.TestCase):

    def test_a_member_is_its_code_as_text(self) -> None:
        code = ErrorCode.RATE_LIMIT_EXCEEDED
        self.assertEqual(("RATE_LIMIT_EXCEEDED", "RATE_LIMIT_EXCEEDED", "RATE_LIMIT_EXCEEDED", "[RATE_LIMIT_EXCEEDED ]"),
                         (code, str(code), "%s" % code, "[{:20}]".format(code)))
        self.assertEqual("RATE_LIMIT_EXCEEDED", f"{code}")
        self.assertEqual('"RATE_LIMIT_EXCEEDED"', json.dumps(code))
        self.assertEqual({"RATE_LIMIT_EXCEEDED": 1}, {code: 1})
        self.assertEqual("<ErrorCode.RATE_LIMIT_EXCEEDED: 'RATE_LIMIT_EXCEEDED'>", repr(code))

    def test_from_code_never_raises(self) -> None:
        self.assertIs(ErrorCode.OVERLOADED, ErrorCode.from_code("OVERLOADED"))
        for text in ("overloaded", "", "NEW_CODE", "_member_map_", "__class__", "status"):
            with self.subTest(text):
                self.assertIsNone(ErrorCode.from_code(text))

    def test_catalog_values(self) -> None:
        self.assertEqual((429, True, "Rate limit exceeded", "Too many requests in the time window", None, None, None),
                         (ErrorCode.RATE_LIMIT_EXCEEDED.status, ErrorCode.RATE_LIMIT_EXCEEDED.retryable,
                          ErrorCode.RATE_LIMIT_EXCEEDED.message, ErrorCode.RATE_LIMIT_EXCEEDED.description,
                          ErrorCode.RATE_LIMIT_EXCEEDED.field, ErrorCode.RATE_LIMIT_EXCEEDED.deprecated,
                          ErrorCode.RATE_LIMIT_EXCEEDED.since))
        self.assertEqual("prompt", ErrorCode.PROMPT_TOO_LONG.field)


if __name__ == "__main__":
    unittest.main()
