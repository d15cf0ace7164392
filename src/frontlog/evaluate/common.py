"""What the evaluations on outside data share: one text through the pipeline, and loose
matching of what frontlog found against another annotation's words."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path

from frontlog.context import Context
from frontlog.errors import ConfigError, FrontlogError
from frontlog.pipeline import process
from frontlog.records import Event
from frontlog.report import RawDocument

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "by",
        "for",
        "from",
        "with",
        "its",
        "their",
        "his",
        "her",
        "near",
    ]
)


def predict(
    ctx: Context, doc_id: str, text: str, *, published: str | None, outlet: str | None = None
) -> list[Event] | str:
    """The events of one text, or the error that stopped it (a string naming the text)."""
    raw = RawDocument(doc_id, f"eval:{doc_id}", text, "text", outlet=outlet)
    try:
        return list(process(raw, ctx, published=published).events)
    except FrontlogError as exc:
        return f"{doc_id}: {exc}"


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS}


def overlaps(ours: str | None, theirs: str | None) -> bool:
    """Whether two annotations of a mention share a content word ("Serb forces" and
    "forces"; "US servicemen" and "U.S. servicemen" do not count as the same)."""
    if not ours or not theirs:
        return False
    return bool(content_words(ours) & content_words(theirs))


def share(hits: int, n: int) -> float:
    return hits / n if n else 0.0


def read_ged(path: Path, needed: Iterable[str]) -> list[dict[str, str]]:
    """The rows of a UCDP GED CSV, after checking it has the ``needed`` columns."""
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = set(needed) - set(reader.fieldnames or ())
        if missing:
            raise ConfigError(f"{path}: not a UCDP GED CSV (no {', '.join(sorted(missing))})")
        return list(reader)
