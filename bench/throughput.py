"""``make bench``: frontlog's throughput beside spaCy's own, on the same texts.

Texts: the bundled example, plus the re3d documents in ../shared/data/re3d when present
(CENTCOM, US State Department and UK Government releases). Reports, in one run on this
machine: the gazetteer's one-time build, the model load, frontlog ``extract`` end to
end (words/s, documents/s), spaCy's full en_core_web_sm pipeline on the same cleaned
texts (words/s), and the ratio of the two.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from frontlog.config import load_config
from frontlog.context import Context
from frontlog.gazetteer.sqlite import SQLiteGazetteer
from frontlog.pipeline import Result, process, process_all
from frontlog.report import PlaceMention, RawDocument
from frontlog.stages.load import content_id
from frontlog.stages.place_find import mention_from_name
from frontlog.stages.places import Resolver
from frontlog.stages.prefilter import segments

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5
CHUNKS = 4  # each round times frontlog and spaCy chunk by chunk: a slow minute of the
# machine then slows both alike (their ratio moved by a fifth from one minute to the next)
RE3D = ROOT.parent / "shared" / "data" / "re3d"
UCDP = ROOT.parent / "shared" / "data" / "ucdp-ged-syria" / "ged_syria_2016-2019.csv"


def texts() -> list[RawDocument]:
    example = ROOT / "examples" / "globalresearch-2017-08-15-isis-retreat-syria.md"
    content = example.read_text(encoding="utf-8")
    docs = [RawDocument(content_id(content), str(example), content, "markdown")]
    if RE3D.exists():
        for source in sorted(RE3D.iterdir()):
            path = source / "documents.json"
            for line in path.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                docs.append(RawDocument(d["_id"], str(path), d["text"], "text"))
    else:
        print("note: ../shared/data/re3d is absent; only the bundled example is used")
    return docs


def place_names() -> list[PlaceMention]:
    """Place names to resolve: UCDP GED's where_coordinates when present."""
    if not UCDP.exists():
        return []
    import csv

    with UCDP.open(encoding="utf-8", newline="") as handle:
        names = [row.get("where_coordinates") or "" for row in csv.DictReader(handle)]
    return [mention_from_name(n) for n in names if n.strip()]


def places_per_second(ctx: Context, mentions: list[PlaceMention]) -> str:
    """Resolution alone, a fresh resolver (no cache) per 20 names, as in a report."""
    started = time.perf_counter()
    for i in range(0, len(mentions), 20):
        resolver = Resolver(ctx.gazetteer, ctx.config.focus_countries)
        for mention in mentions[i : i + 20]:
            resolver.fallback(resolver.resolve(mention), [], [])
    seconds = time.perf_counter() - started
    return f"{len(mentions):,} names, {len(mentions) / seconds:10,.0f} places/s"


def prefilter_cost(ours: list[Result], full: list[Result]) -> tuple[int, int]:
    """Events of the full parse (document, type, place) found again, and lost."""

    def keys(results: list[Result]) -> set[tuple[str, str, str]]:
        return {
            (r.document.document_id, e.sub_event_type, e.location.name)
            for r in results
            for e in r.events
        }

    wanted, got = keys(full), keys(ours)
    return len(wanted & got), len(wanted - got)


Runs = list[float]


def rounds(
    docs: list[RawDocument], ctx: Context, fast: Context, plain: Any
) -> tuple[Runs, Runs, Runs, list[Result], list[Result]]:
    """Seconds per round of frontlog, spaCy's full pipeline on frontlog's cleaned texts,
    and frontlog without the model's NER; and the last round's results of both."""
    ours_runs, theirs_runs, fast_runs = [], [], []
    chunks = [docs[i::CHUNKS] for i in range(CHUNKS)]
    for _ in range(ROUNDS):  # interleaved by chunk, so a slow minute slows all
        ours_s = theirs_s = fast_s = 0.0
        results, quick = [], []
        for chunk in chunks:
            started = time.perf_counter()
            done = [
                r for r in process_all(chunk, ctx, published="2017-08-15") if isinstance(r, Result)
            ]
            ours_s += time.perf_counter() - started
            started = time.perf_counter()
            list(plain.pipe([r.report.text for r in done], batch_size=32))
            theirs_s += time.perf_counter() - started
            started = time.perf_counter()
            quick += [
                r for r in process_all(chunk, fast, published="2017-08-15") if isinstance(r, Result)
            ]
            fast_s += time.perf_counter() - started
            results += done
        ours_runs.append(ours_s)
        theirs_runs.append(theirs_s)
        fast_runs.append(fast_s)
    return ours_runs, theirs_runs, fast_runs, results, quick


def timed(label: str, seconds: float, extra: str = "") -> None:
    print(f"{label:<48} {seconds:8.2f} s  {extra}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        gaz_path = Path(tmp) / "gazetteer.sqlite"
        started = time.perf_counter()
        SQLiteGazetteer.open_or_build(gaz_path).close()
        timed("gazetteer first build (one-time)", time.perf_counter() - started)
        config = load_config({"FRONTLOG_HOME": tmp, "FRONTLOG_GAZETTEER": str(gaz_path)})
        ctx = Context(config)
        started = time.perf_counter()
        _ = ctx.nlp
        timed("model load with entity ruler (once per process)", time.perf_counter() - started)
        docs = texts()
        process(docs[0], ctx, published="2017-08-15")  # warm caches
        import spacy

        plain = spacy.load(config.model)
        list(plain.pipe([d.content[:2000] for d in docs[:2]]))
        fast = Context(replace(config, ner=False))  # FRONTLOG_NER=0: the entity ruler alone
        fast._gazetteer = ctx.gazetteer
        process(docs[0], fast, published="2017-08-15")
        ours_runs, theirs_runs, fast_runs, results, quick = rounds(docs, ctx, fast, plain)
        cleaned = [r.report.text for r in results]
        ours, theirs = statistics.median(ours_runs), statistics.median(theirs_runs)
        found = [p for r in results for m in r.report.mentions for p in m.places if p.end > 0]
        corpus_places = places_per_second(ctx, found)
        ucdp = place_names()
        ucdp_places = places_per_second(ctx, ucdp) if ucdp else "absent"
        words = sum(len(t.split()) for t in cleaned)
        events = sum(len(r.events) for r in results)
        ratios = sorted(t / o for o, t in zip(ours_runs, theirs_runs, strict=True))
        whole = Context(replace(config, prefilter=False))
        whole._gazetteer, whole._nlp = ctx.gazetteer, ctx.nlp
        everything = [r for r in process_all(docs, whole, published="2017-08-15")]
        kept, lost = prefilter_cost(results, [r for r in everything if isinstance(r, Result)])
        parsed = sum(
            e - s
            for r in results
            for s, e, wanted in segments(r.report.text, ctx.lexicon)
            if wanted
        ) / max(sum(len(t) for t in cleaned), 1)

    print()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"corpus: {len(docs)} documents, {words:,} words (cleaned), {events} events")
    rate = f"{words / ours:10,.0f} words/s {len(docs) / ours:8.1f} docs/s"
    print(f"frontlog extract end to end: {rate}")
    print(f"spaCy {config.model} full pipeline: {words / theirs:10,.0f} words/s")
    print(
        f"ratio frontlog / spaCy: {theirs / ours:.2f} (median of {ROUNDS} runs, each {CHUNKS}"
        f" chunks interleaved; each run {ratios[0]:.2f}-{ratios[-1]:.2f})"
    )
    quick_s = statistics.median(fast_runs)
    same, _ = prefilter_cost(quick, results)
    print(
        f"without the model's NER (FRONTLOG_NER=0): {words / quick_s:10,.0f} words/s, ratio "
        f"{theirs / quick_s:.2f}; {sum(len(r.events) for r in quick)} events, {same} of them"
        " as by default"
    )
    print(f"pre-filter: {parsed:.0%} of the text parsed in full; {kept} events of the full")
    print(f"  parse found again, {lost} lost ({lost / max(kept + lost, 1):.1%})")
    print(f"place resolution, places found in the corpus: {corpus_places}")
    print(f"place resolution, UCDP GED where_coordinates: {ucdp_places}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
