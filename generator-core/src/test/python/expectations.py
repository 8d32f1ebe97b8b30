"""What the catalogs say, written as JSON by the Java test that runs this suite (PythonModuleTest).

Each catalog's file lists every code with its data, the class of each error status, the reason
phrase of each status, the envelope the generated Java writes for each code, and the problem type base.
"""

import json
import os
from typing import Any, Dict, List, NamedTuple, Optional


class Code(NamedTuple):
    code: str
    status: int
    retryable: bool
    message: str
    description: str
    field: Optional[str]
    deprecated: Optional[str]
    since: Optional[str]
    error_class: str
    java_json: str
    """``ErrorCode.X.exception(issue).toErrorResponse("req-1", 2024-01-01T00:00:00Z).toJson()`` in Java."""


class Catalog(NamedTuple):
    codes: List[Code]
    classes: Dict[int, str]
    """The error class of each status that has one."""
    reasons: Dict[int, str]
    """The reason phrase of every status of the catalog."""
    issue: str
    """The issue the Java envelopes carry."""
    problem_type_base: Optional[str]
    """The base under which a problem's ``type`` names a code (``CatalogText.problemTypeBase``)."""


def load(name: str) -> Catalog:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".json"), encoding="utf-8") as file:
        data: Any = json.load(file)
    codes = [Code(row["code"], row["status"], row["retryable"], row["message"], row["description"], row["field"],
                  row["deprecated"], row["since"], row["class"], row["java_json"]) for row in data["codes"]]
    classes = {int(status): name for status, name in data["classes"].items()}
    reasons = {int(status): reason for status, reason in data["reasons"].items()}
    return Catalog(codes, classes, reasons, data["issue"], data["problem_type_base"])
