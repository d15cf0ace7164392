"""frontlog's entity ruler's token patterns ("Tall al-Jayer", "al-Jumaa"), matched from
the doc's arrays instead of by spaCy's ``Matcher``, with the same matches.

The ``Matcher`` tests every token of every text against its patterns' first steps, and
a set test ("LOWER IN [...]") is a Python call per token: over the bench corpus the
ruler's two shape patterns cost twenty times its 3,000 phrase patterns. Here the first
step's first test runs over one column of the doc's array, and the pattern is followed
only from the few tokens that pass. Like the ``Matcher`` (not greedy), every match is
returned, each length a "+" allows (the entity ruler keeps the longest).

Each token's tests are compiled as the attribute table compiles its ruler's
(:func:`frontlog.attribute_table.token_test`), on ``LOWER``, ``ORTH`` and ``IS_TITLE``,
with the operators "?" and "+". Other patterns leave spaCy's ``Matcher`` in place
(:func:`compiled`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontlog.attribute_table import Test, token_test

COLUMNS = ("LOWER", "ORTH", "IS_TITLE")  # in the order of ``Doc.to_array`` below


@dataclass(frozen=True, slots=True)
class Step:
    """One token of a pattern: tests on its columns, and how often it may come."""

    tests: tuple[tuple[int, Test], ...]  # (column, test of its value), LOWER first
    op: str  # "" (once), "?" or "+"

    def test(self, row: Sequence[int]) -> bool:
        return all(test(row[column]) for column, test in self.tests)


@dataclass(frozen=True, slots=True)
class Pattern:
    key: int  # the match id spaCy's Matcher gives this pattern's matches
    steps: tuple[Step, ...]


class TokenPatterns:
    """A stand-in for the entity ruler's ``Matcher``: ``matcher(doc)`` gives the same
    ``(match_id, start, end)`` matches; anything else is asked of the ``Matcher``."""

    def __init__(self, patterns: Sequence[Pattern], matcher: Any) -> None:
        self.patterns = tuple(patterns)
        self._matcher = matcher
        self._changed = False  # patterns added or removed since: the Matcher matches

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)

    def add(self, *args: Any, **kwargs: Any) -> None:
        self._matcher.add(*args, **kwargs)
        self._changed = True

    def remove(self, *args: Any, **kwargs: Any) -> None:
        self._matcher.remove(*args, **kwargs)
        self._changed = True

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        from spacy.attrs import IS_TITLE, LOWER, ORTH

        if self._changed:
            return list(self._matcher(doc))
        if not len(doc):
            return []
        columns: list[list[int]] = doc.to_array([LOWER, ORTH, IS_TITLE]).T.tolist()
        rows = _Rows(columns)
        found: list[tuple[int, int, int]] = []
        for pattern in self.patterns:
            for start in _starts(pattern.steps[0], columns, rows):
                found += [(pattern.key, start, end) for end in _ends(pattern.steps, rows, start)]
        return found


class _Rows:
    """A doc's tokens as rows of the compiled columns, made only when asked for."""

    def __init__(self, columns: list[list[int]]) -> None:
        self.columns = columns
        self.length = len(columns[0])

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: int) -> tuple[int, ...]:
        return tuple(column[i] for column in self.columns)


def _starts(first: Step, columns: list[list[int]], rows: _Rows) -> list[int]:
    """The tokens that pass the ``first`` step, its first test tried over a whole
    column first."""
    if not first.tests:
        return list(range(len(rows)))
    column, test = first.tests[0]
    maybe = [i for i, v in enumerate(columns[column]) if test(v)]
    return [i for i in maybe if first.test(rows[i])]


def _ends(steps: Sequence[Step], rows: _Rows, start: int) -> list[int]:
    """Where the pattern ``steps`` can end when it starts at ``start``, each once."""
    here = {start}
    for step in steps:
        moved = {i + 1 for i in here if i < len(rows) and step.test(rows[i])}
        if step.op == "?":
            here = here | moved
        elif step.op == "+":
            reach, frontier = set(moved), moved
            while frontier:
                frontier = {i + 1 for i in frontier if i < len(rows) and step.test(rows[i])} - reach
                reach |= frontier
            here = reach
        else:
            here = moved
        if not here:
            return []
    return sorted(here)


def compiled(ruler: Any) -> TokenPatterns | None:
    """The ruler's token patterns compiled, or None when one of them uses what is not
    compiled here (the ruler then keeps spaCy's ``Matcher``)."""
    strings = ruler.nlp.vocab.strings
    patterns = []
    for label, entries in ruler.token_patterns.items():
        key = strings.add(label)
        for entry in entries:
            steps = [_step(spec, strings) for spec in entry]
            kept = tuple(step for step in steps if step is not None)
            if not kept or len(kept) < len(steps) or kept[0].op:
                return None  # (a first step that may repeat or be left out starts the
                # pattern where its first test does not tell)
            if any(step.op not in ("", "?", "+") for step in kept):
                return None
            patterns.append(Pattern(key, kept))
    return TokenPatterns(patterns, ruler.matcher)


def _step(spec: Mapping[str, Any], strings: Any) -> Step | None:
    names = set(spec) - {"OP"}
    if any(isinstance(v, dict) and "REGEX" in v for v in spec.values()):
        return None  # (no pattern of frontlog's needs one)
    tests = [token_test(n, spec[n], strings, COLUMNS) for n in COLUMNS if n in names]
    if len(tests) < len(names) or None in tests:
        return None
    return Step(tuple(t for t in tests if t is not None), spec.get("OP", ""))
