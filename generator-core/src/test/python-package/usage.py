"""A Python project's use of the installed package, checked by pyright --strict and run."""

from typing import Optional

import example_ai_api_errors as errors
from example_ai_api_errors import ApiError, ErrorCode, error_from_response


def describe(status: int, body: str) -> str:
    error: ApiError = error_from_response(status, body, {"Retry-After": "3"})
    wait: Optional[float] = error.retry_after
    code: Optional[ErrorCode] = error.error_code
    return f"{type(error).__name__} {error.code} {code is ErrorCode.RATE_LIMIT_EXCEEDED} {wait}"


print(describe(429, '{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Slow down"}}'))
print(errors.ErrorCode.MISSING_API_KEY.status, errors.__file__)
