from datetime import date

import pytest

from frontlog.report import RawDocument, Report
from frontlog.stages.dates import find_date

PUBLISHED = date(2017, 8, 15)  # a Tuesday


def when(sentence: str) -> tuple[str, str, int, str | None] | None:
    report = Report(raw=RawDocument("d", "t", sentence, "text"), text=sentence)
    found = find_date(report, 0, len(sentence), PUBLISHED)
    if found is None:
        return None
    assert sentence[found.evidence.start : found.evidence.end] == found.evidence.text
    s = found.span
    return s.start, s.end, s.precision, s.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Saturday, troops advanced.", ("2017-08-12", "2017-08-12", 1, "On Saturday")),
        # a statement's day alone: that day or the one before (2026-11-27)
        ("the military said on Sunday", ("2017-08-12", "2017-08-13", 2, "on Sunday")),
        ("It happened on Tuesday.", ("2017-08-15", "2017-08-15", 1, "on Tuesday")),
        ("Last weekend, ISIS attacked.", ("2017-08-12", "2017-08-13", 2, "Last weekend")),
        ("Yesterday gunmen struck.", ("2017-08-14", "2017-08-14", 1, "Yesterday")),
        ("Fighting went on last week.", ("2017-08-07", "2017-08-13", 2, "last week")),
        ("Clashes on August 2 left 3 dead.", ("2017-08-02", "2017-08-02", 1, "on August 2")),
        ("On Thursday, Dec. 15, jets struck.", ("2016-12-15", "2016-12-15", 1, "Dec. 15")),
        ("seized between 11-13 Aug.", ("2017-08-11", "2017-08-13", 2, "between 11-13 Aug.")),
        ("earlier this month", ("2017-08-01", "2017-08-15", 3, "earlier this month")),
        ("No date here.", None),
        ("on 3 May 2017", ("2017-05-03", "2017-05-03", 1, "on 3 May 2017")),
        ("On December 15th, 2016, jets", ("2016-12-15", "2016-12-15", 1, "On December 15th, 2016")),
        ("since Sept. 2", ("2016-09-02", "2016-09-02", 1, "Sept. 2")),  # the past one
        (
            "Officials said on Monday that five police were killed on Sunday.",
            ("2017-08-13", "2017-08-13", 1, "on Sunday"),
        ),
        (
            "The army denied on Tuesday that its jets struck homes on Monday.",
            ("2017-08-14", "2017-08-14", 1, "on Monday"),
        ),
    ],
)
def test_relative_and_explicit_dates(
    sentence: str, expected: tuple[str, str, int, str] | None
) -> None:
    assert when(sentence) == expected
