"""Error parameters and violations: typed creation, rendering, rejections, the envelope and decoding.

Lines marked ``# pyright: ignore[rule]`` are the proof that pyright strict rejects them: the suite's
``pyrightconfig.json`` makes an ignore comment that suppresses nothing an error
(``reportUnnecessaryTypeIgnoreComment``), so each such line must carry exactly that error. At run
time the same calls raise, for callers without a type checker.
"""

import datetime
import json
import pickle
import unittest
from typing import Any

from params_errors import (
    ApiError,
    BadRequestError,
    ErrorCode,
    ModelNotFoundParams,
    NotFoundError,
    QuotaExceededParams,
    ReservedNamesParams,
    TokenLimitParams,
    UnprocessableEntityError,
    Violation,
    error_from_response,
)

NEW_YEAR = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


def token_limit(ratio: float) -> str:
    return ErrorCode.TOKEN_LIMIT.error(params=TokenLimitParams(max_tokens=1, ratio=ratio, strict=False)).message


class TypedCreationTest(unittest.TestCase):

    def test_params_render_the_message_and_travel_with_the_error(self) -> None:
        error: NotFoundError = ErrorCode.MODEL_NOT_FOUND.error(params=ModelNotFoundParams(model="gpt-9", available=3))
        self.assertIs(NotFoundError, type(error))
        self.assertEqual("Model gpt-9 not found", error.message)
        self.assertEqual({"model": "gpt-9", "available": 3}, dict(error.params))
        self.assertEqual(["model", "available"], list(error.params))
        self.assertEqual("Model {model} not found", ErrorCode.MODEL_NOT_FOUND.message)

    def test_every_type_and_literal_braces(self) -> None:
        error = ErrorCode.TOKEN_LIMIT.error(params={"max_tokens": 4096, "ratio": 0.5, "strict": True})
        self.assertIs(UnprocessableEntityError, type(error))
        self.assertEqual("Asked for 4096 tokens {max} at ratio 0.5, strict=true", error.message)
        self.assertEqual("strict=false", token_limit(1)[-12:])

    def test_keyword_names_through_a_dict(self) -> None:
        error = ErrorCode.RESERVED_NAMES.error(params={"class": "Model", "default": "none", "from": 7})
        self.assertEqual("The Model of 7 has no none", error.message)
        self.assertEqual("Model", ErrorCode.RESERVED_NAMES.error(
            params=ReservedNamesParams({"class": "Model", "default": "d", "from": 1})).params["class"])

    def test_params_not_in_the_message_are_sent_all_the_same(self) -> None:
        error = ErrorCode.QUOTA_EXCEEDED.error(params=QuotaExceededParams(limit=100, window_seconds=60, hard=False))
        self.assertEqual(("Your quota is used up", {"limit": 100, "window_seconds": 60.0, "hard": False}),
                         (error.message, dict(error.params)))
        self.assertIs(float, type(error.params["window_seconds"]))

    def test_without_params_the_message_is_the_catalog_template(self) -> None:
        error = ErrorCode.MODEL_NOT_FOUND.error(issue="untyped")
        self.assertEqual(("Model {model} not found", {}, ()), (error.message, dict(error.params), error.violations))
        self.assertEqual("Use {0} or ${x} in a {template}", ErrorCode.TEMPLATE_LIKE.error().message)

    def test_params_cannot_be_changed_afterwards(self) -> None:
        params: Any = ErrorCode.MODEL_NOT_FOUND.error(params={"model": "m", "available": 1}).params
        with self.assertRaises(TypeError):
            params["model"] = "other"


class NumberFormatTest(unittest.TestCase):
    """Numbers as JavaScript's ``Number#toString`` prints them, in messages and in JSON."""

    CASES = [
        (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-2.0, "-2"), (0.5, "0.5"), (123.456, "123.456"), (0.1, "0.1"),
        (1e20, "100000000000000000000"), (1e21, "1e+21"), (1.5e21, "1.5e+21"), (123456789012345680000.0,
                                                                               "123456789012345680000"),
        (1e-6, "0.000001"), (1.5e-6, "0.0000015"), (1e-7, "1e-7"), (-1.5e-7, "-1.5e-7"), (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (2.0 ** 53, "9007199254740992"),
        (1e16, "10000000000000000"), (0.000123, "0.000123"), (100.25, "100.25"), (1 / 3, "0.3333333333333333"),
    ]

    def test_numbers(self) -> None:
        for value, text in self.CASES:
            with self.subTest(value):
                self.assertEqual("ratio " + text + ",", token_limit(value).split(" at ")[1].split(" strict")[0])
                envelope = json.loads(ErrorCode.TOKEN_LIMIT.error(
                    params={"max_tokens": 1, "ratio": value, "strict": True}).to_json())
                self.assertEqual(value, float(envelope["error"]["details"]["params"]["ratio"]))

    def test_an_int_for_a_number_is_a_float(self) -> None:
        self.assertEqual("ratio 3,", token_limit(3).split(" at ")[1].split(" strict")[0])
        self.assertEqual("ratio 1e+21,", token_limit(10 ** 21).split(" at ")[1].split(" strict")[0])


class RejectionTest(unittest.TestCase):
    """Wrong params: pyright strict reports each marked line, and at run time each raises, naming code and param."""

    def test_wrong_keys_and_types(self) -> None:
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND: param available is missing$"):
            ErrorCode.MODEL_NOT_FOUND.error(params={"model": "gpt-9"})  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND has no param 'modle'$"):
            ErrorCode.MODEL_NOT_FOUND.error(params={"modle": "g", "model": "m", "available": 3})  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND: param available \(integer\) must be an int, not str$"):
            ErrorCode.MODEL_NOT_FOUND.error(params={"model": "gpt-9", "available": "3"})  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND: param available \(integer\) must be an int, not float$"):
            ErrorCode.MODEL_NOT_FOUND.error(params=ModelNotFoundParams(model="gpt-9", available=3.0))  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND has no param 'max_tokens'$"):
            ErrorCode.MODEL_NOT_FOUND.error(params=TokenLimitParams(max_tokens=1, ratio=1.0, strict=True))  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.TEMPLATE_LIKE has no params$"):
            ErrorCode.TEMPLATE_LIKE.error(params={"x": 1})  # pyright: ignore[reportCallIssue]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.TOKEN_LIMIT: param strict \(boolean\) must be a bool, not int$"):
            ErrorCode.TOKEN_LIMIT.error(params={"max_tokens": 1, "ratio": 1.0, "strict": 1})  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.VALIDATION_FAILED: a violation must be Violation"):
            ErrorCode.VALIDATION_FAILED.error(violations=[Violation(None, None)])  # pyright: ignore[reportArgumentType]

    def test_what_only_the_run_time_sees(self) -> None:
        """A ``bool`` is an ``int`` and an ``int`` a ``float`` to type checkers; NaN is a float."""
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND: param available \(integer\) must be an int, not bool$"):
            ErrorCode.MODEL_NOT_FOUND.error(params=ModelNotFoundParams(model="m", available=True))
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.TOKEN_LIMIT: param ratio \(number\) must be a float, not bool$"):
            ErrorCode.TOKEN_LIMIT.error(params=TokenLimitParams(max_tokens=1, ratio=False, strict=True))
        for bad in (float("nan"), float("inf"), -float("inf")):
            with self.subTest(bad), self.assertRaisesRegex(ValueError, r"^ErrorCode\.TOKEN_LIMIT: param ratio \(number\) must be finite"):
                ErrorCode.TOKEN_LIMIT.error(params=TokenLimitParams(max_tokens=1, ratio=bad, strict=True))
        with self.assertRaisesRegex(ValueError, r"^ErrorCode\.TOKEN_LIMIT: param ratio \(number\) is too large"):
            ErrorCode.TOKEN_LIMIT.error(params=TokenLimitParams(max_tokens=1, ratio=10 ** 400, strict=True))
        for bad_int in (2 ** 63, -(2 ** 63) - 1):
            with self.subTest(bad_int), self.assertRaisesRegex(ValueError, r"^ErrorCode\.TOKEN_LIMIT: param max_tokens \(integer\) must fit in 64 bits$"):
                ErrorCode.TOKEN_LIMIT.error(params=TokenLimitParams(max_tokens=bad_int, ratio=1.0, strict=True))
        self.assertEqual({"max_tokens": -(2 ** 63), "ratio": 1.0, "strict": True}, dict(ErrorCode.TOKEN_LIMIT.error(
            params=TokenLimitParams(max_tokens=-(2 ** 63), ratio=1, strict=True)).params))
        untyped: Any = ErrorCode.VALIDATION_FAILED
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.MODEL_NOT_FOUND: params must be a mapping, not list$"):
            ErrorCode.MODEL_NOT_FOUND.error(params=[("model", "m")])  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(TypeError, r"^ErrorCode\.VALIDATION_FAILED: a violation must be"):
            untyped.error(violations=["x"])
        self.assertEqual((Violation(None, "x"),), untyped.error(violations=[(None, "x")]).violations)


class ViolationsTest(unittest.TestCase):

    def test_violations_keep_the_first_100(self) -> None:
        many = (Violation("f%d" % i, "bad") for i in range(1000))
        error = ErrorCode.VALIDATION_FAILED.error(violations=many)
        self.assertIs(BadRequestError, type(error))
        self.assertEqual(100, len(error.violations))
        self.assertEqual(Violation("f99", "bad"), error.violations[-1])

    def test_a_violation_is_a_named_pair(self) -> None:
        violation = Violation("prompt", "too long")
        self.assertEqual(("prompt", "too long"), (violation.field, violation.issue))
        self.assertEqual(("prompt", "too long"), tuple(violation))


class EnvelopeTest(unittest.TestCase):
    """The envelope with params and violations, byte for byte as the generated Java and TypeScript write it."""

    def test_params_in_declaration_order_with_json_types(self) -> None:
        error = ErrorCode.TOKEN_LIMIT.error(params={"strict": False, "ratio": 1e21, "max_tokens": 4096})
        self.assertEqual(
            '{"success":false,"error":{"code":"TOKEN_LIMIT",'
            '"message":"Asked for 4096 tokens {max} at ratio 1e+21, strict=false",'
            '"details":{"params":{"max_tokens":4096,"ratio":1e+21,"strict":false}}},'
            '"meta":{"request_id":"req-1","timestamp":"2024-01-01T00:00:00Z"}}',
            error.to_json("req-1", NEW_YEAR))

    def test_member_order_field_issue_params_violations(self) -> None:
        error = ErrorCode.MODEL_NOT_FOUND.error(
            "try another", "model", params={"model": "<gpt-9>", "available": 0},
            violations=[Violation("model", "unknown"), Violation(None, "no \"such\" model")])
        self.assertEqual(
            '{"success":false,"error":{"code":"MODEL_NOT_FOUND","message":"Model \\u003cgpt-9\\u003e not found",'
            '"details":{"field":"model","issue":"try another","params":{"model":"\\u003cgpt-9\\u003e","available":0},'
            '"violations":[{"field":"model","issue":"unknown"},{"issue":"no \\"such\\" model"}]}},'
            '"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
            error.to_json(timestamp=NEW_YEAR))

    def test_the_first_violation_stands_for_absent_field_and_issue(self) -> None:
        error = ErrorCode.VALIDATION_FAILED.error(violations=[Violation("a", "x"), Violation("b", "y")])
        self.assertEqual(
            '{"success":false,"error":{"code":"VALIDATION_FAILED","message":"The request has invalid fields",'
            '"details":{"field":"a","issue":"x","violations":[{"field":"a","issue":"x"},{"field":"b","issue":"y"}]}},'
            '"meta":{"timestamp":"2024-01-01T00:00:00Z"}}',
            error.to_json(timestamp=NEW_YEAR))
        self.assertEqual(("a", "x"), (error.field, error.issue))
        self.assertEqual(("f", "x"), (ErrorCode.VALIDATION_FAILED.error(field="f", violations=[Violation("a", "x")]).field,
                                      ErrorCode.VALIDATION_FAILED.error(violations=[Violation(None, "x")], field="f").issue))

    def test_round_trip_keeps_json_types(self) -> None:
        sent = ErrorCode.TOKEN_LIMIT.error(params={"max_tokens": 4096, "ratio": 0.25, "strict": True},
                                           violations=[Violation(None, "too many")])
        received = error_from_response(422, sent.to_json("r").encode("utf-8"))
        self.assertEqual(dict(sent.params), dict(received.params))
        self.assertEqual([int, float, bool], [type(value) for value in received.params.values()])
        self.assertEqual(sent.violations, received.violations)
        self.assertEqual(received.violations, pickle.loads(pickle.dumps(received)).violations)
        self.assertEqual(dict(received.params), dict(pickle.loads(pickle.dumps(received)).params))


class DecodingTest(unittest.TestCase):
    """``details.params`` and ``details.violations`` of a received envelope: never checked against the catalog."""

    def decode(self, details: str) -> ApiError:
        return error_from_response(400, '{"error":{"code":"ANY","message":"m","details":' + details + '}}')

    def test_json_types_are_kept(self) -> None:
        error = self.decode('{"params":{"i":4096,"f":4096.0,"e":1e3,"n":-0,"b":true,"s":"t","big":9223372036854775808,'
                            '"max":9223372036854775807,"huge":1e400,"min":-9223372036854775808,"small":1e-400}}')
        self.assertEqual({"i": 4096, "f": 4096.0, "e": 1000.0, "n": 0, "b": True, "s": "t", "big": 9223372036854775808.0,
                          "max": 9223372036854775807, "min": -9223372036854775808, "small": 0.0}, dict(error.params))
        self.assertEqual([int, float, float, int, bool, str, float, int, int, float],
                         [type(value) for value in error.params.values()])

    def test_nested_values_and_nulls_are_dropped(self) -> None:
        self.assertEqual({"k": "v"}, dict(self.decode('{"params":{"a":[1],"o":{"x":1},"z":null,"k":"v"}}').params))

    def test_members_of_the_wrong_shape_are_ignored(self) -> None:
        for details in ('{"params":[1,2]}', '{"params":"x"}', '{"params":null}', '{"violations":{"field":"a"}}',
                        '{"violations":"x"}', '[]', '"details"'):
            with self.subTest(details):
                error = self.decode(details)
                self.assertEqual(("ANY", {}, ()), (error.code, dict(error.params), error.violations))

    def test_violations_without_a_string_issue_are_dropped(self) -> None:
        error = self.decode('{"violations":[{"field":"a","issue":"x"},{"issue":"y"},{"field":1,"issue":"z"},'
                            '{"field":"b"},{"field":"c","issue":2},"text",null,[],{"field":null,"issue":"w"}]}')
        self.assertEqual((Violation("a", "x"), Violation(None, "y"), Violation(None, "z"), Violation(None, "w")),
                         error.violations)

    def test_a_million_digits_in_params_cost_no_quadratic_conversion(self) -> None:
        error = self.decode('{"params":{"n":' + "9" * 1000000 + ',"m":' + "9" * 300 + '}}')
        self.assertEqual({"m": float("9" * 300)}, dict(error.params))
        self.assertEqual({}, dict(error_from_response(400, '{"a":' + "1" * 1000000 + ',"error":{"code":"X"}}').params))


if __name__ == "__main__":
    unittest.main()
