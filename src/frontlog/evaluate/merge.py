"""Incident merging scored: are these two reports the same incident?

Two sources of truth: UCDP GED (below) and the team's own incident gold set
(``tests/gold/incidents.jsonl``, :func:`read_gold`), whose reports are full sentences
with dates and claimants, as news reports are.

Each UCDP event's ``source_article`` lists the reports UCDP coded it from, as
``"outlet,date,headline"`` entries. Every distinct entry is a document (the headline
its text, the outlet and date its own); documents are ingested in order of publication
into an empty store, so that frontlog's merging decides which of them report one
incident.

Scored pairs of documents:

- **same**: two documents UCDP lists for one event;
- **different** (hard negatives): two documents of different events on the same day in
  the same governorate, which UCDP never lists for one event.

A pair is predicted *same* when the two documents' claims sit in one stored event.
Pairwise precision, recall and F1 follow. ``recall_detected`` is the recall over the
pairs where frontlog found an event in both documents: it tells merging apart from
event detection on headlines (which ``frontlog eval ucdp-events`` measures). The
``words_*`` figures are a reference line, merging by word overlap alone
(:mod:`frontlog.evaluate.overlap`): how far the texts themselves tell the pairs apart.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from frontlog import engines
from frontlog.context import Context
from frontlog.errors import ConfigError, DocumentError
from frontlog.evaluate.common import read_ged
from frontlog.evaluate.overlap import word_overlap
from frontlog.report import RawDocument
from frontlog.store import SQLiteStore

NEEDED = {"source_article", "date_start", "adm_1", "id"}


@dataclass(frozen=True, slots=True)
class Doc:
    document_id: str
    outlet: str
    published: str | None
    text: str


@dataclass(frozen=True, slots=True)
class MergeScores:
    documents: int
    with_event: int  # documents where frontlog found at least one event
    same_pairs: int
    different_pairs: int
    true_positive: int
    false_positive: int
    precision: float
    recall: float
    f1: float
    recall_detected: float  # recall over pairs where both documents gave an event
    # what merging by word overlap alone would do, as a reference line (overlap.py):
    words_same_unshared: float  # share of same pairs that share no content word
    words_different_unshared: float  # and of the hard negatives
    words_best_f1: float  # its best F1 at any threshold, chosen on these pairs
    words_best_f1_precision: float
    words_best_precision: float  # its highest precision finding 1 % of same pairs or more
    failed: tuple[str, ...]  # documents the pipeline refused, with why


def read_pairs(
    path: Path, *, since: str | None = None, until: str | None = None
) -> tuple[dict[str, Doc], set[tuple[str, str]], set[tuple[str, str]]]:
    """Documents, and the *same* and hard *different* pairs of events dated in range."""
    rows = [
        r
        for r in read_ged(path, NEEDED)
        if (since is None or r["date_start"] >= since)
        and (until is None or r["date_start"] <= until)
    ]
    docs: dict[str, Doc] = {}
    events: dict[str, set[str]] = {}
    places: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in rows:
        found = [_doc(entry) for entry in _entries(r["source_article"])]
        ids = {d.document_id for d in found if d is not None}
        docs.update((d.document_id, d) for d in found if d is not None)
        events[r["id"]] = ids
        places[(r["date_start"][:10], r["adm_1"])].append(r["id"])
    same = {pair for ids in events.values() for pair in combinations(sorted(ids), 2)}
    different: set[tuple[str, str]] = set()
    for group in places.values():
        for a, b in combinations(group, 2):
            for x in events[a]:
                for y in events[b]:
                    pair = (min(x, y), max(x, y))
                    if x != y and pair not in same:
                        different.add(pair)
    return docs, same, different


def _entries(field: str) -> list[str]:
    if not field.strip():
        return []
    return next(csv.reader(io.StringIO(field), delimiter=";", quotechar='"'), [])


def _doc(entry: str) -> Doc | None:
    parts = entry.split(",", 2)
    if len(parts) < 3 or not parts[2].strip():
        return None
    outlet, published, headline = (html.unescape(p.strip()) for p in parts)
    key = f"{outlet}|{published}|{headline}"
    doc_id = "ucdp-" + hashlib.sha256(key.encode()).hexdigest()[:12]
    return Doc(doc_id, outlet, published[:10] or None, headline)


def evaluate(
    ctx: Context, path: Path, *, since: str | None = None, until: str | None = None
) -> MergeScores:
    """Merging scored against UCDP GED's source articles."""
    docs, same, different = read_pairs(path, since=since, until=until)
    return score(ctx, docs, same, different)


def read_gold(
    path: Path, split: str | None = None
) -> tuple[dict[str, Doc], set[tuple[str, str]], set[tuple[str, str]]]:
    """The team's incident gold set: reports labelled with their incident, day and area.

    Same: two reports of one incident. Different: reports of two incidents on the same
    day in the same area. ``split`` keeps only the reports of that split (dev, test).
    """
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    docs: dict[str, Doc] = {}
    label: dict[str, tuple[str, str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if split is not None and row["split"] != split:
                continue
            docs[row["id"]] = Doc(row["id"], row["outlet"], row["published"], row["text"])
            label[row["id"]] = (row["incident"], row["day"], row["area"])
        except (ValueError, KeyError) as exc:
            raise ConfigError(f"{path}:{number}: not an incident gold line ({exc})") from exc
    same, different = set(), set()
    for a, b in combinations(sorted(docs), 2):
        (ia, da, aa), (ib, db, ab) = label[a], label[b]
        if ia == ib:
            same.add((a, b))
        elif (da, aa) == (db, ab):
            different.add((a, b))
    return docs, same, different


def score(
    ctx: Context,
    docs: dict[str, Doc],
    same: set[tuple[str, str]],
    different: set[tuple[str, str]],
) -> MergeScores:
    """Ingest ``docs`` in order of publication into an empty store; score the pairs."""
    ordered = sorted(docs.values(), key=lambda d: (d.published or "", d.document_id))
    raws = [
        RawDocument(
            d.document_id, f"ucdp:{d.document_id}", d.text, "text",
            outlet=d.outlet, published=d.published,
        )
        for d in ordered
    ]  # fmt: skip
    store = SQLiteStore(":memory:")
    with_event: set[str] = set()
    failed: list[str] = []
    try:
        for item in engines.here(raws, ctx, published=None):
            if isinstance(item, DocumentError):
                failed.append(f"{item.document_id}: {item}")
                continue
            if item.events:
                with_event.add(item.document.document_id)
            store.add(item.document, item.events, item.unresolved, text=item.text)
        together = _together(store)
    finally:
        store.close()
    tp = sum(1 for pair in same if pair in together)
    fp = sum(1 for pair in different if pair in together)
    detected = [p for p in same if p[0] in with_event and p[1] in with_event]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / len(same) if same else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    words = word_overlap({d.document_id: d.text for d in ordered}, same, different)
    return MergeScores(
        documents=len(docs),
        with_event=len(with_event),
        same_pairs=len(same),
        different_pairs=len(different),
        true_positive=tp,
        false_positive=fp,
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        recall_detected=round(sum(p in together for p in detected) / len(detected), 3)
        if detected
        else 0.0,
        words_same_unshared=words.same_unshared,
        words_different_unshared=words.different_unshared,
        words_best_f1=words.best_f1,
        words_best_f1_precision=words.best_f1_precision,
        words_best_precision=words.best_precision,
        failed=tuple(failed),
    )


def _together(store: SQLiteStore) -> set[tuple[str, str]]:
    """Every pair of documents whose claims share a stored event."""
    pairs: set[tuple[str, str]] = set()
    for event in store.events():
        ids = sorted({c["document_id"] for c in event["claims"]})
        pairs.update(combinations(ids, 2))
    return pairs
