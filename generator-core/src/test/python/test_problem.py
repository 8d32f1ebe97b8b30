"""The problem catalog (format: problem): to_json writes RFC 9457 problem documents, the bytes the generated Java writes.

Reading problem documents back (error_from_response) is tested where it is implemented; here only the writer.
"""

import datetime
import json
import unittest
from typing import Any, Dict, List

import expectations
import problem_errors

TIMESTAMP = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
CATALOG = expectations.load("problem")


class ProblemDocumentTest(unittest.TestCase):

    def test_to_json_writes_the_bytes_the_generated_java_writes(self) -> None:
        for expected in CATALOG.codes:
            with self.subTest(expected.code):
                error = problem_errors.ErrorCode[expected.code].error(issue=CATALOG.issue)
                self.assertEqual(expected.java_json, error.to_json("req-1", TIMESTAMP))

    def test_members_in_order_type_and_title_from_the_catalog_detail_only_when_it_is_not_the_title(self) -> None:
        plain: Dict[str, Any] = json.loads(problem_errors.ErrorCode.INVALID_MODEL.error().to_json(None, TIMESTAMP))
        self.assertEqual(["type", "title", "status", "code", "timestamp", "field"], list(plain))
        self.assertEqual(("https://docs.example.com/errors/invalid-model", "Model name is not valid", 400),
                         (plain["type"], plain["title"], plain["status"]))
        rendered = problem_errors.ErrorCode.RATE_LIMITED.error(
            params=problem_errors.RateLimitedParams(limit=10, window_seconds=0.5)).to_json("r", TIMESTAMP)
        self.assertEqual(
            '{"type":"https://docs.example.com/errors/rate-limited",'
            '"title":"Title with \\"quotes\\", \\u003ctags\\u003e \\u0026 a \\u003c/script\\u003e","status":429,'
            '"detail":"Slow down: 10 requests per 0.5 s","code":"RATE_LIMITED","request_id":"r",'
            '"timestamp":"2024-01-01T00:00:00Z","params":{"limit":10,"window_seconds":0.5}}', rendered)

    def test_violations_come_last_the_first_also_as_field_and_issue(self) -> None:
        violations = [problem_errors.Violation("a", "x\u2028"), problem_errors.Violation(None, "y")]
        document: Dict[str, Any] = json.loads(
            problem_errors.ErrorCode.VALIDATION_FAILED.error(violations=violations).to_json(None, TIMESTAMP))
        members: List[str] = list(document)
        self.assertEqual(["field", "issue", "violations"], members[-3:])
        self.assertEqual([{"field": "a", "issue": "x\u2028"}, {"issue": "y"}], document["violations"])

    def test_a_code_this_module_does_not_know_has_no_type_and_the_status_reason_as_title(self) -> None:
        error = problem_errors.ApiError(404, "NEW_CODE", "Not Found")
        self.assertEqual('{"title":"Not Found","status":404,"code":"NEW_CODE","timestamp":"2024-01-01T00:00:00Z"}',
                         error.to_json(None, TIMESTAMP))
        self.assertEqual('{"status":418,"detail":"Teapot","code":"NEW_CODE","timestamp":"2024-01-01T00:00:00Z"}',
                         problem_errors.ApiError(418, "NEW_CODE", "Teapot").to_json(None, TIMESTAMP))


if __name__ == "__main__":
    unittest.main()
