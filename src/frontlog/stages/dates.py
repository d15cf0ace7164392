"""Stage ``dates``: when, relative to the publication date, with ACLED time_precision.

Weekdays ("on Sunday", "On Saturday"), "yesterday", "last weekend", "last week",
"earlier this month" and explicit dates ("August 12", "12 August 2017") are resolved
against the publication date; dateparser (offline, preferring the past) reads explicit
dates. The day a statement was made ("said on Tuesday") is used only when the sentence
gives no other date, and then as that day or the one before (precision 2). A sentence
without a date takes the last date the report gave before it; a report that gives none
gets the week up to publication, precision 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from frontlog.records import DateSpan, Evidence
from frontlog.report import Mention, Report

REQUIRES = ("text", "sentences", "mentions", "meta")
ASSIGNS = ("mentions",)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}
_MONTHS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "range",
            rf"\b(?:between\s+)?(?P<d1>\d{{1,2}})\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})\s+"
            rf"(?P<m>{_MONTHS})(?:,?\s+(?P<y>\d{{4}}))?",
        ),
        (
            "range",
            rf"\b(?:between\s+)?(?P<m>{_MONTHS})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to|and)\s*"
            rf"(?P<d2>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?",
        ),
        (
            "explicit",
            rf"\b(?:on\s+)?(?:\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|"
            rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b",
        ),
        ("iso", r"\b\d{4}-\d{2}-\d{2}\b"),
        ("weekend", r"\b(?:last|over the|this past|during the)\s+weekend\b"),
        (
            "weekday",
            r"\b(?:(?:on|last|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b",
        ),
        ("yesterday", r"\b(?:yesterday|last night)\b"),
        ("today", r"\b(?:today|this morning|tonight|earlier today)\b"),
        ("last_week", r"\b(?:last|past|previous)\s+week\b"),
        ("this_week", r"\b(?:this|earlier this)\s+week\b"),
        ("days_ago", r"\b(?P<n>\d+|two|three|four|five|six)\s+days\s+ago\b"),
        ("this_month", r"\b(?:earlier\s+)?this\s+month\b"),
        ("last_month", r"\blast\s+month\b"),
    )
)
STATEMENT_DAY = re.compile(
    r"\b(?:said|says|told|den(?:ied|ies)|claim(?:ed|s)|report(?:ed|s)|announc(?:ed|es)|"
    r"added|confirm(?:ed|s)|stated|insisted|admitted)\s*$",
    re.IGNORECASE,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True, slots=True)
class Found:
    span: DateSpan
    evidence: Evidence


def run(report: Report) -> Report:
    published = _published(report)
    last: Found | None = None
    out: list[Mention] = []
    for mention in report.mentions:
        start, end = report.sentences[mention.sentence]
        found = find_date(report, start, end, published)
        carried = found is None
        if found is None:
            found = last
        else:
            last = found
        if found is None:
            span = DateSpan(
                (published - timedelta(days=6)).isoformat(), published.isoformat(), 2, None
            )
            out.append(replace(mention, date=span))
            continue
        out.append(
            replace(mention, date=found.span, date_evidence=found.evidence, date_carried=carried)
        )
    return replace(report, mentions=tuple(out))


def _published(report: Report) -> date:
    if report.meta.published:
        try:
            return date.fromisoformat(report.meta.published[:10])
        except ValueError:
            pass
    return date.today()


def find_date(report: Report, start: int, end: int, published: date) -> Found | None:
    """The first date expression in ``text[start:end]``, resolved, or None."""
    sentence = report.text[start:end]
    hits = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            hits.append((match.start(), kind, match))
    # a written date beats a weekday ("On Thursday, Dec. 15"); then the first one. The
    # day a statement was made comes last: "officials said on Saturday that five police
    # were killed on Friday" dates the killing to Friday.
    rank = {"range": 0, "explicit": 0, "iso": 0}

    def order(hit: tuple[int, str, re.Match[str]]) -> tuple[int, int]:
        said = STATEMENT_DAY.search(sentence[: hit[0]]) is not None
        return (2 if said else rank.get(hit[1], 1), hit[0])

    for at, kind, match in sorted(hits, key=order):
        resolved = resolve(kind, match, published)
        if resolved is not None:
            first, last, precision = resolved
            if STATEMENT_DAY.search(sentence[:at]) and precision == 1:
                first, precision = first - timedelta(days=1), 2  # "the group said on
                # Tuesday its fighters had stormed a camp": that day or the one before
            ev = report.evidence("date", start + match.start(), start + match.end())
            return Found(DateSpan(first.isoformat(), last.isoformat(), precision, ev.text), ev)
    return None


def resolve(kind: str, match: re.Match[str], published: date) -> tuple[date, date, int] | None:
    text = match.group(0).lower()
    if kind == "weekday":
        wanted = next(i for i, d in enumerate(WEEKDAYS) if d in text)
        back = (published.weekday() - wanted) % 7
        if text.startswith("last") and back == 0:
            back = 7
        day = published - timedelta(days=back)
        return day, day, 1
    if kind == "weekend":
        back = (published.weekday() - 6) % 7 or 7  # the last Sunday before publication
        sunday = published - timedelta(days=back)
        return sunday - timedelta(days=1), sunday, 2
    if kind in ("yesterday", "today"):
        day = published - timedelta(days=1 if kind == "yesterday" else 0)
        return day, day, 1
    if kind in ("last_week", "this_week"):
        monday = published - timedelta(days=published.weekday())
        if kind == "last_week":
            monday -= timedelta(days=7)
        return monday, min(monday + timedelta(days=6), published), 2
    if kind == "days_ago":
        n = match.group("n")
        day = published - timedelta(days=int(n) if n.isdigit() else _SMALL[n])
        return day, day, 1
    if kind == "range":
        return _range(match, published)
    if kind in ("this_month", "last_month"):
        first = published.replace(day=1)
        if kind == "last_month":
            first = (first - timedelta(days=1)).replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, min(last, published), 3
    return _explicit(match.group(0), published)


def _range(match: re.Match[str], published: date) -> tuple[date, date, int] | None:
    """ "between 11-13 Dec.", "August 12-14, 2017": dateparser reads one date, not two."""
    month = _explicit(f"1 {match.group('m')} {match.group('y') or ''}".strip(), published)
    if month is None:
        return None
    first_of_month = month[0]
    try:
        first = first_of_month.replace(day=int(match.group("d1")))
        last = first_of_month.replace(day=int(match.group("d2")))
    except ValueError:
        return None
    if last < first:
        return None
    if first > published and not match.group("y"):
        first, last = first.replace(year=first.year - 1), last.replace(year=last.year - 1)
    return first, last, 2 if (last - first).days <= 6 else 3


_DAY_MONTH = re.compile(r"^(?P<d>\d{1,2})\s+(?P<m>[a-z]+)\.?(?:,?\s+(?P<y>\d{4}))?$", re.I)
_MONTH_DAY = re.compile(
    r"^(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?$", re.I
)


def _written(text: str, published: date) -> date | None:
    """ "12 August 2017", "Aug. 12", "December 15th, 2016": a day of a month, the most
    recent one up to publication when no year is given. None for anything else."""
    found = _DAY_MONTH.match(text) or _MONTH_DAY.match(text)
    month = MONTHS.get(found.group("m").lower()) if found else None
    if found is None or month is None:
        return None
    year = int(found.group("y")) if found.group("y") else published.year
    try:
        day = date(year, month, int(found.group("d")))
        if not found.group("y") and day > published:
            day = date(year - 1, month, int(found.group("d")))
    except ValueError:
        return None
    return day


def _explicit(text: str, published: date) -> tuple[date, date, int] | None:
    cleaned = re.sub(r"^on\s+", "", text.strip(), flags=re.IGNORECASE)
    written = _written(cleaned, published)
    if written is not None:  # the common forms, without dateparser's cost (~0.1 s a call)
        return written, written, 1
    import dateparser

    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": _midnight(published),
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    if parsed is None:
        return None
    day = parsed.date()
    return day, day, 1


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
