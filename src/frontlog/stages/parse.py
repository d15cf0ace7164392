"""Stage ``parse``: the spaCy pipeline over the cleaned text.

Only the sentences that may hold an event (``prefilter``) go through the full
pipeline; the rest are tokenised and run through frontlog's entity ruler. What the
report is about is read later, by stage ``about``, for the reports with a mention.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from frontlog.context import Context
from frontlog.lexicon import Lexicon
from frontlog.nlp import parse_texts
from frontlog.report import Report
from frontlog.stages import mentions, prefilter, syntax

REQUIRES = ("text",)
ASSIGNS = ("doc", "sentences")


def run(report: Report, ctx: Context, *, doc: Any = None) -> Report:
    if doc is None:
        doc = parse(report, ctx)
    return replace(report, doc=doc, sentences=syntax.sentence_bounds(doc))


def parse(report: Report, ctx: Context) -> Any:
    """The report's ``Doc``: see :func:`parse_many`."""
    return parse_many([report], ctx)[0]


def parse_many(reports: list[Report], ctx: Context) -> list[Any]:
    """The reports' docs, parsed in one ``nlp.pipe``: fully where a sentence may
    hold an event (``prefilter``), or everywhere when ``FRONTLOG_PREFILTER=0``."""
    if not reports:
        return []
    if ctx.config.prefilter:
        segments = [prefilter.segments(r.text, ctx.lexicon) for r in reports]
    else:
        segments = [[(0, len(r.text), True)] for r in reports]
    items = [(r.text, s) for r, s in zip(reports, segments, strict=True)]
    names = (
        (lambda doc, some: mentions.may_report(doc, ctx, some)) if ctx.config.prefilter else None
    )
    return parse_texts(
        ctx.nlp,
        items,
        stand_ins=ctx.lexicon.stand_ins,
        needs_names=names,
        not_names=weapon_names(ctx.lexicon),
    )


@cache
def weapon_names(lexicon: Lexicon) -> frozenset[str]:
    """The weapons the lexicon names with a capital ("VBIED", "Grad", "Mi-24"), and their
    plurals: the stages read them from the lexicon, so the model's entity recognizer
    need not read around them."""
    names = {w for w in lexicon.weapons if any(c.isupper() for c in w)}
    return frozenset(names | {f"{w}s" for w in names})
