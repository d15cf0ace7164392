"""spaCy's attribute ruler, compiled to table lookups: the same output, faster.

en_core_web_sm's ``attribute_ruler`` maps each fine-grained tag to its part of speech
and morphology, with exceptions by word ("'s", "n't"). It runs a ``Matcher`` over every
token, which costs as much as the tagger and parser together on our corpus
(docs/performance.md). Its 179 patterns are simple: one or two tokens, each tested
for equality on ``TAG``, ``LOWER``, ``DEP`` or ``IS_SPACE``, ``IN``/``NOT_IN`` a
list, or a ``REGEX``. :class:`AttributeTable` looks up which rules a token's values
meet (remembered for the next token with the same values), and applies them in the
ruler's order (a later rule wins), as the ruler does.

A pipeline whose ruler holds any other kind of pattern keeps its ruler unchanged
(:func:`compile_ruler` returns ``None``). ``tests/test_attribute_table.py`` checks that
both give the same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# the token attributes a compiled pattern may test, in the order of ``Doc.to_array``
KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
REMEMBERED = 200_000  # token values remembered; then forgotten, so memory stays bounded
Test = Callable[[int], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    order: int  # the ruler's rule number: a later rule overrides an earlier one
    tests: tuple[tuple[tuple[int, Test], ...], ...]  # per pattern token: (key, test)
    index: int  # which token of the match gets the attributes
    attrs: dict[int, Any]  # normalised, as the ruler stores them
    key: tuple[int, int] | None  # an equality its first token must meet: (column, value)


class AttributeTable:
    """A drop-in for an ``AttributeRuler`` whose patterns it could compile."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        # a rule is looked at only when its first token's equality test on TAG or
        # LOWER (if any) holds: ``(column, value) -> rules``, one-token rules and longer
        self._by_value: tuple[dict[tuple[int, int], list[Rule]], ...] = ({}, {})
        self._always: tuple[list[Rule], ...] = ([], [])
        for rule in self.rules:
            longer = int(len(rule.tests) > 1)
            if rule.key is None:
                self._always[longer].append(rule)
            else:
                self._by_value[longer].setdefault(rule.key, []).append(rule)
        self._token_rules: dict[tuple[int, ...], list[Rule]] = {}  # by a token's values
        self._starts: dict[tuple[int, ...], list[Rule]] = {}  # by a token's values
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}  # by rule numbers

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if len(self._token_rules) + len(self._starts) > REMEMBERED:
            self._token_rules.clear()
            self._starts.clear()
        rows = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        hits = [self._one_token(row) for row in rows]
        for start, row in enumerate(rows):
            for rule in self._starting(row):
                if _matches(rule, rows, start):
                    target = start + rule.index
                    hits[target] = sorted([*hits[target], rule], key=lambda r: r.order)
        for i, rules in enumerate(hits):
            if rules:
                set_token_attrs(doc[i], self._attrs(rules))
        return doc

    def _one_token(self, row: tuple[int, ...]) -> list[Rule]:
        """The one-token rules a token with these values meets, in the ruler's order."""
        found = self._token_rules.get(row)
        if found is None:
            candidates = self._candidates(row, 0)
            found = sorted((r for r in candidates if _matches(r, [row], 0)), key=lambda r: r.order)
            self._token_rules[row] = found
        return found

    def _starting(self, row: tuple[int, ...]) -> list[Rule]:
        """The longer rules whose first token a token with these values meets."""
        found = self._starts.get(row)
        if found is None:
            found = [r for r in self._candidates(row, 1) if _matches(r, [row], 0, first=True)]
            self._starts[row] = found
        return found

    def _candidates(self, row: tuple[int, ...], longer: int) -> list[Rule]:
        by_value = self._by_value[longer]
        return by_value.get((0, row[0]), []) + by_value.get((1, row[1]), []) + self._always[longer]

    def _attrs(self, rules: list[Rule]) -> dict[int, Any]:
        """The attributes of ``rules`` applied in order, later ones overriding."""
        key = tuple(r.order for r in rules)
        merged = self._merged.get(key)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(rule.attrs)
            self._merged[key] = merged
        return merged


def _matches(
    rule: Rule, rows: Sequence[tuple[int, ...]], start: int, *, first: bool = False
) -> bool:
    """Whether ``rule`` matches from ``start`` (only its first token: ``first``)."""
    tests = rule.tests[:1] if first else rule.tests
    if start + len(tests) > len(rows):
        return False
    return all(
        test(rows[start + offset][column])
        for offset, token in enumerate(tests)
        for column, test in token
    )


def compile_ruler(ruler: Any) -> AttributeTable | None:
    """An :class:`AttributeTable` doing what ``ruler`` does, or ``None`` when one of its
    patterns tests something the table cannot."""
    strings = ruler.vocab.strings
    rules = []
    for order, attrs in enumerate(ruler.attrs):
        _, patterns = ruler.matcher.get(str(order))
        index = ruler.indices[order]
        for pattern in patterns:
            tests = []
            for token in pattern:
                compiled = [token_test(key, value, strings) for key, value in token.items()]
                if not all(compiled):
                    return None
                tests.append(tuple(t for t in compiled if t is not None))
            if not -len(tests) <= index < len(tests):
                return None
            first = _equalities(pattern[0], strings)
            key = first[0] if first else None
            rules.append(Rule(order, tuple(tests), index % len(tests), attrs, key))
    return AttributeTable(rules)


def _equalities(token: dict[str, Any], strings: Any) -> list[tuple[int, int]]:
    """The token's plain equality tests on TAG or LOWER, as (column, value)."""
    return [
        (KEYS.index(key), int(strings.add(value)))
        for key, value in token.items()
        if key in ("TAG", "LOWER") and isinstance(value, str)
    ]


def _regex(pattern: str, strings: Any) -> Test:
    """A regular expression searched in the string a hash stands for (as the Matcher
    does), each answer kept."""
    found = re.compile(pattern).search
    answers: dict[int, bool] = {}

    def test(value: int) -> bool:
        if value not in answers:
            answers[value] = found(strings[value]) is not None
        return answers[value]

    return test


def token_test(
    key: str, value: Any, strings: Any, keys: Sequence[str] = KEYS
) -> tuple[int, Test] | None:
    """A pattern token's test on one attribute, as (its column among ``keys``, a test
    of the attribute's value in ``Doc.to_array``), or None when it cannot be compiled:
    equality, ``IN``, ``NOT_IN`` or ``REGEX``; a flag (``IS_…``) by its boolean."""
    if key not in keys:
        return None
    column = keys.index(key)

    def code(v: Any) -> int | None:
        if key.startswith("IS_"):
            return int(v) if isinstance(v, bool) else None
        return int(strings.add(v)) if isinstance(v, str) else None

    if not isinstance(value, dict):
        wanted = code(value)
        return None if wanted is None else (column, wanted.__eq__)
    if len(value) != 1:
        return None
    (operator, listed), *_ = value.items()
    if operator == "REGEX" and key != "IS_SPACE" and isinstance(listed, str):
        return column, _regex(listed, strings)
    codes = {code(v) for v in listed} if isinstance(listed, list) else {None}
    if None in codes:
        return None
    if operator == "IN":
        return column, codes.__contains__
    if operator == "NOT_IN":
        return column, lambda v: v not in codes
    return None
