"""Spec text as the generator writes it into Python: read back exactly, whatever it holds."""

import json
import os
import unittest
from typing import Any, List

import hazards


def load() -> List[Any]:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hazards.json"), encoding="utf-8") as file:
        rows: List[Any] = json.load(file)
    return rows


class TextTest(unittest.TestCase):

    def test_literals_read_back_exactly(self) -> None:
        rows = load()
        self.assertEqual([row["text"] for row in rows], hazards.LITERALS)

    def test_docstrings_show_the_text(self) -> None:
        for index, row in enumerate(load()):
            with self.subTest(index):
                self.assertEqual(row["doc"], getattr(hazards, "documented_%d" % index).__doc__)

    def test_the_generated_source_is_valid_utf8_without_invisible_characters(self) -> None:
        with open(hazards.__file__, "rb") as file:
            source = file.read().decode("utf-8")
        # Private-use and unassigned code points may stay as typed: the list escaped is fixed, so that
        # output does not depend on the JDK's Unicode tables.
        for character in ("\x00", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\u202e", "\u200b", "\ufeff",
                          "\xa0", "\u3000", "\u2009"):
            with self.subTest(hex(ord(character))):
                self.assertNotIn(character, source)


if __name__ == "__main__":
    unittest.main()
