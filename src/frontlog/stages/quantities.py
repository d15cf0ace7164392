"""Numbers in words and digits, qualifiers and vague quantities → count, low, high.

"7 SAA troops" → 7; "thirty-two soldiers" → 32; "at least 12" → low 12; "up to 40" →
high 40; "large numbers of ISIS fighters" → no count, low/high from the convention table
in ``data/lexicon.json`` (``vague``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlog.lexicon import Lexicon

_DIGITS = re.compile(r"(?<![\w.-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.]*-\d)")
SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}  # "a few dozen", "several hundred"
SCALED = "|".join(SCALES)
AGE = re.compile(r"\b[\w-]+?[- ](?:year|month|week|day)s?[- ]olds?\b")  # "an 11-year-old boy"


@dataclass(frozen=True, slots=True)
class Quantity:
    count: int | None
    low: int | None
    high: int | None
    vague: str | None


def parse_quantity(text: str, lexicon: Lexicon) -> Quantity:
    lowered = AGE.sub(" ", text.lower())  # an age is no count
    value = _number(lowered, lexicon, words=False)
    if value is None:
        spelled = _number(lowered, lexicon, words=True)
        for phrase, bounds in sorted(lexicon.vague.items(), key=lambda kv: -len(kv[0])):
            if phrase in lexicon.qualifiers and spelled is not None:
                continue  # "some thirty": a qualifier of the number, not "some"
            found = re.search(rf"\b{re.escape(phrase)}\b(?:\s+({SCALED})\b)?", lowered)
            if found:
                times = SCALES.get(found.group(1) or "", 1)  # "several hundred": 300-900
                low, high = (_times(bounds[k], times) for k in ("low", "high"))
                return Quantity(None, low, high, found.group(0))
        value = spelled
    if value is None:
        return Quantity(None, None, None, None)
    for phrase, kind in sorted(lexicon.qualifiers.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(phrase)}\b", lowered):
            return _qualified(value, kind)
    return Quantity(value, value, value, None)


def _times(bound: int | None, times: int) -> int | None:
    return None if bound is None else bound * times


def _qualified(value: int, kind: str) -> Quantity:
    if kind == "low":
        return Quantity(None, value, None, None)
    if kind == "low_excl":
        return Quantity(None, value + 1, None, None)
    if kind == "high":
        return Quantity(None, None, value, None)
    if kind == "high_excl":
        return Quantity(None, None, value - 1, None)
    return Quantity(value, value, value, None)  # "about 40": the figure given


def _number(text: str, lexicon: Lexicon, *, words: bool) -> int | None:
    digits = _DIGITS.search(text)
    if digits:
        return int(digits.group(1).replace(",", ""))
    if not words:
        return None
    current, found = 0, False
    tokens = re.findall(r"[a-z]+", text.replace("-", " "))
    for i, word in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word in ("a", "an") or (word == "and" and found and after in lexicon.numbers):
            continue  # "a hundred" is 100, "a dozen" 12, "a family of five" five;
            # "one hundred and twenty" 120
        value = lexicon.numbers.get(word)
        if value is None:
            if found:
                break
            continue
        found = True
        if value in (100, 1000):  # "two hundred", "a thousand", "three thousand"
            current = max(current, 1) * value
        else:
            current += value
    return current if found else None
