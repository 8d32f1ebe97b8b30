"""Every code of the seed, edge, params and problem catalogs, as the generated modules give them back, and the
problem type base of every catalog."""

import datetime
import json
import unittest
from typing import Any, ClassVar

import edge_errors
import expectations
import params_errors
import problem_errors
import seed_errors

TIMESTAMP = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


class CatalogTests(unittest.TestCase):
    """The same tests for each catalog; a subclass names the module and its expectations."""

    errors: ClassVar[Any]
    catalog: ClassVar[expectations.Catalog]

    def test_members_are_the_codes_in_catalog_order(self) -> None:
        self.assertEqual([code.code for code in self.catalog.codes], [member.value for member in self.errors.ErrorCode])

    def test_every_code_has_its_data(self) -> None:
        for expected in self.catalog.codes:
            with self.subTest(expected.code):
                member = self.errors.ErrorCode[expected.code]
                self.assertEqual(
                    (expected.code, expected.code, expected.status, expected.retryable, expected.message,
                     expected.description, expected.field, expected.deprecated, expected.since),
                    (member, str(member), member.status, member.retryable, member.message, member.description,
                     member.field, member.deprecated, member.since))
                self.assertIs(member, self.errors.ErrorCode(expected.code))
                self.assertIs(member, self.errors.ErrorCode.from_code(expected.code))

    def test_one_class_per_error_status_chosen_by_the_response_status(self) -> None:
        for status, name in self.catalog.classes.items():
            with self.subTest(status):
                error_class = getattr(self.errors, name)
                self.assertIn(name, self.errors.__all__)
                self.assertTrue(issubclass(error_class, self.errors.ApiError))
                error: object = self.errors.error_from_response(status, "")
                self.assertIs(error_class, type(error))
        for status in (299, 402, 451, 600):
            with self.subTest(status):
                error = self.errors.error_from_response(status, "")
                self.assertIs(self.errors.ApiError, type(error))

    def test_a_body_that_is_no_envelope_reads_as_the_status_reason(self) -> None:
        for status, reason in self.catalog.reasons.items():
            with self.subTest(status):
                error = self.errors.error_from_response(status, "<html>Bad gateway</html>")
                self.assertEqual(("", None, reason), (error.code, error.error_code, error.message))
        self.assertEqual("HTTP 299", self.errors.error_from_response(299, "").message)

    def test_error_creates_the_class_of_the_code_status(self) -> None:
        for expected in self.catalog.codes:
            with self.subTest(expected.code):
                error = self.errors.ErrorCode[expected.code].error()
                self.assertEqual(
                    (expected.error_class, expected.status, expected.code, expected.message, expected.field, None,
                     expected.retryable),
                    (type(error).__name__, error.status, error.code, error.message, error.field, error.issue,
                     error.retryable))
                self.assertIs(self.errors.ErrorCode[expected.code], error.error_code)

    def test_to_json_writes_the_bytes_the_generated_java_writes(self) -> None:
        for expected in self.catalog.codes:
            with self.subTest(expected.code):
                error = self.errors.ErrorCode[expected.code].error(issue=self.catalog.issue)
                self.assertEqual(expected.java_json, error.to_json("req-1", TIMESTAMP))

    def test_every_envelope_reads_back_exactly(self) -> None:
        for expected in self.catalog.codes:
            for body_type in (str, bytes):
                with self.subTest(expected.code, body=body_type.__name__):
                    text = self.errors.ErrorCode[expected.code].error(issue=self.catalog.issue).to_json("req-1")
                    body = text.encode("utf-8") if body_type is bytes else text
                    error = self.errors.error_from_response(expected.status, body)
                    self.assertEqual(
                        (expected.error_class, expected.code, expected.message, expected.field, self.catalog.issue,
                         "req-1", text),
                        (type(error).__name__, error.code, error.message, error.field, error.issue, error.request_id,
                         error.body))
                    self.assertIs(self.errors.ErrorCode[expected.code], error.error_code)

    def test_the_java_envelopes_decode_to_the_catalog_values(self) -> None:
        for expected in self.catalog.codes:
            with self.subTest(expected.code):
                error = self.errors.error_from_response(expected.status, expected.java_json.encode("utf-8"))
                self.assertEqual((expected.code, expected.message, expected.field, self.catalog.issue),
                                 (error.code, error.message, error.field, error.issue))
                document: Any = json.loads(expected.java_json)
                sent = document["error"]["message"] if "error" in document else document.get("detail", document["title"])
                self.assertEqual(sent, error.message)

    def test_a_code_this_module_does_not_know_keeps_its_text(self) -> None:
        error = self.errors.error_from_response(409, '{"error":{"code":"BRAND_NEW","message":"New"}}')
        self.assertEqual(("BRAND_NEW", None, "New", False), (error.code, error.error_code, error.message,
                                                             error.retryable))
        self.assertIsNone(self.errors.ErrorCode.from_code("BRAND_NEW"))

    def test_a_problem_type_under_the_catalog_base_names_its_code(self) -> None:
        assert_problem_types(self, self.errors, self.catalog)


def assert_problem_types(test: unittest.TestCase, errors: Any, catalog: expectations.Catalog) -> None:
    """A problem's type under the catalog's problem type base names the code of its slug; under another base none."""
    for expected in catalog.codes:
        with test.subTest(expected.code):
            slug = expected.code.lower().replace("_", "-")
            other = errors.error_from_response(expected.status, json.dumps({"type": "https://elsewhere.example/" + slug,
                                                                            "status": expected.status}))
            test.assertEqual("", other.code)
            if catalog.problem_type_base is not None:
                problem = errors.error_from_response(expected.status, json.dumps(
                    {"type": catalog.problem_type_base + slug, "status": expected.status}))
                test.assertEqual((expected.code, expected.code), (problem.code, problem.error_code))


class ProblemTypeBaseTest(unittest.TestCase):
    """The problem catalog's clients read types under its type_base, not under docs_url + "#"."""

    def test_type_base_wins_over_docs_url(self) -> None:
        catalog = expectations.load("problem")
        self.assertEqual("https://docs.example.com/errors/", catalog.problem_type_base)
        assert_problem_types(self, problem_errors, catalog)
        error = problem_errors.error_from_response(404, '{"type":"https://docs.example.com/errors.html#model-not-found"}')
        self.assertEqual("", error.code)


class SeedCatalogTest(CatalogTests):
    errors = seed_errors
    catalog = expectations.load("seed")


class EdgeCatalogTest(CatalogTests):
    errors = edge_errors
    catalog = expectations.load("edge")


class ParamsCatalogTest(CatalogTests):
    errors = params_errors
    catalog = expectations.load("params")


class ProblemCatalogTest(CatalogTests):
    errors = problem_errors
    catalog = expectations.load("problem")


del CatalogTests  # run by its subclasses only


if __name__ == "__main__":
    unittest.main()
