"""``make bench``: the time to store one more report as the store grows.

Stores of 10 thousand and 1 million synthetic incidents are written straight into the
store's tables (the same rows ``frontlog ingest`` writes). Then 200 new reports are
added through ``SQLiteStore.add``, the path ``frontlog ingest`` takes: half of them
report an incident already stored (they merge), half report a new one.

The cost of an add is an index lookup (logarithmic in the store's size) plus a look at
the stored incidents of the same type, country and days (the *density* of the store,
not its size). Two growth patterns are shown:

- **over time**: the store grows by covering more days, at a constant density of about
  30 incidents per country per day (roughly ACLED's rate for Syria at the height of
  the war); this is how a real store grows;
- **denser**: the same days hold 100 times more incidents, so each add has 100 times
  more candidates to look at.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import scale_out

from frontlog import api
from frontlog.config import load_config
from frontlog.context import Context
from frontlog.gazetteer.sqlite import SQLiteGazetteer
from frontlog.store import SQLiteStore

COUNTRIES = ["SY", "IQ", "YE", "AF", "SO", "NG", "ML", "UA", "MM", "SD"]
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]
START = date(2010, 1, 1)


def incident(i: int, day: date, country: str, rng: random.Random) -> dict[str, Any]:
    etype, sub = TYPES[i % len(TYPES)]
    lat, lon = rng.uniform(10, 40), rng.uniform(30, 60)
    name = f"Place {rng.randrange(5000)}"
    place = {
        "name": name,
        "resolved_name": name,
        "place_id": f"synthetic:{name}",
        "lat": lat,
        "lon": lon,
        "country": country,
        "admin1": f"Province {rng.randrange(20)}",
        "admin2": None,
        "geo_precision": 1,
        "where_prec": 1,
        "text": name,
    }
    doc = f"doc-{i}"
    claim = {
        "claim_id": f"cl-{i}",
        "document_id": doc,
        "claimant": f"Outlet {i % 50}",
        "claimant_kind": "media",
        "reported_by": f"Outlet {i % 50}",
        "stance": "asserted",
        "killed": [{"count": 3, "low": 3, "high": 3, "side": None, "vague": None, "text": "3"}],
        "injured": [],
        "captured_or_destroyed": [],
        "cause": None,
        "means": [],
        "evidence": [{"field": "trigger", "start": 0, "end": 6, "text": "struck"}],
        "abducted": [],
        "arrested": [],
    }
    return {
        "event_id": f"ev-{i}",
        "event_type": etype,
        "sub_event_type": sub,
        "date": {
            "start": day.isoformat(),
            "end": day.isoformat(),
            "precision": 1,
            "text": "on Monday",
        },
        "location": place,
        "locations": [place],
        "actors": [
            {
                "role": "actor1",
                "name": f"Group {i % 40}",
                "text": "x",
                "kind": "rebel",
                "country": country,
            }
        ],
        "fatalities": {"low": 3, "best": 3, "high": 3},
        "claims": [claim],
        "disputed": [],
        "number_of_sources": 1,
        "confidence": 0.8,
        "merges": [],
        "record": "event",
        "schema": 1,
    }


def document(doc_id: str, day: date) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "url": None,
        "title": None,
        "outlet": "Outlet",
        "author": None,
        "published": day.isoformat(),
        "original_source": None,
        "language": "en",
        "text_chars": 100,
        "removed": [],
        "copy_of": None,
        "record": "document",
        "schema": 1,
    }


def fill(store_path: Path, n: int, days: int, rng: random.Random) -> list[dict[str, Any]]:
    """Write ``n`` incidents over ``days`` days straight into the tables."""
    store = SQLiteStore(store_path)
    store.close()
    import sqlite3

    db = sqlite3.connect(store_path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    indexes = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    for (name,) in indexes:  # built again, once, when the store is next opened
        db.execute(f"DROP INDEX {name}")
    sample: list[dict[str, Any]] = []
    batch: list[tuple[dict[str, Any], date]] = []
    for i in range(n):
        day = START + timedelta(days=rng.randrange(days))
        record = incident(i, day, COUNTRIES[i % len(COUNTRIES)], rng)
        batch.append((record, day))
        if len(sample) < 1000 and rng.random() < 0.01:
            sample.append(record)
        if len(batch) == 50_000 or i == n - 1:
            _write(db, batch)
            batch = []
    db.commit()
    db.close()
    return sample


def _write(db: Any, batch: list[tuple[dict[str, Any], date]]) -> None:
    db.executemany(
        "INSERT INTO document (document_id, outlet, published, ingested_at, record, original, "
        "source_outlet) VALUES (?,?,?,?,?,?,?)",
        [
            (r["claims"][0]["document_id"], "Outlet", d.isoformat(), "x",
             json.dumps(document(r["claims"][0]["document_id"], d)),
             r["claims"][0]["document_id"], "Outlet")
            for r, d in batch
        ],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (r["event_id"], d.isoformat(), d.isoformat(), r["event_type"], r["sub_event_type"],
             r["location"]["country"], r["location"]["admin1"], r["location"]["lat"],
             r["location"]["lon"], json.dumps(r), r["location"]["name"].casefold())
            for r, d in batch
        ],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO report VALUES (?,?,?,NULL,?)",
        [
            (r["event_id"], r["claims"][0]["document_id"], r["event_id"], json.dumps(r))
            for r, _ in batch
        ],
    )
    db.executemany(
        "INSERT INTO claim VALUES (?,?,?,?,?)",
        [
            (c["claim_id"], r["event_id"], c["document_id"], c["claimant"], json.dumps(c))
            for r, _ in batch
            for c in r["claims"]
        ],
    )


def time_adds(store_path: Path, sample: list[dict[str, Any]], rng: random.Random) -> list[float]:
    started = time.perf_counter()
    store = SQLiteStore(store_path)  # builds the indexes the fill left out
    print(f"  indexes of {store_path.name} built in {time.perf_counter() - started:.0f}s")
    times = []
    for k in range(200):
        if k % 2 == 0:  # another report of a stored incident
            base = dict(sample[k % len(sample)])
            day = date.fromisoformat(base["date"]["start"])
        else:  # a new incident
            day = START + timedelta(days=rng.randrange(3650))
            base = incident(10**8 + k, day, rng.choice(COUNTRIES), rng)
        record = json.loads(json.dumps(base))
        doc_id = f"new-{k}"
        record["event_id"] = f"ev-new-{k}"
        for c in record["claims"]:
            c["document_id"], c["claim_id"] = doc_id, f"cl-new-{k}"
        started = time.perf_counter()
        store.add(document(doc_id, day), [record])
        times.append(time.perf_counter() - started)
    store.close()
    return times


def ingest_rate(home: Path, corpus: Path, ctx: Context) -> float:
    """Documents per second of ``frontlog ingest`` (a warm model) into the store at home."""
    config = replace(ctx.config, home=home)
    started = time.perf_counter()
    summary = api.ingest([str(corpus)], config, context=ctx)
    return summary.documents / (time.perf_counter() - started)


def main() -> int:
    rng = random.Random(7)
    rows = []
    # per country per day: 30 incidents at constant density; days grow with the store
    plans = [
        ("10 thousand, over time", 10_000, max(10_000 // (30 * len(COUNTRIES)), 1)),
        ("1 million, over time", 1_000_000, 1_000_000 // (30 * len(COUNTRIES))),
        ("1 million, 100x denser", 1_000_000, 10_000 // (30 * len(COUNTRIES)) + 1),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        gazetteer = Path(tmp) / "gazetteer.sqlite"
        SQLiteGazetteer.open_or_build(gazetteer).close()
        ctx = Context(load_config({"FRONTLOG_HOME": tmp, "FRONTLOG_GAZETTEER": str(gazetteer)}))
        corpus = Path(tmp) / "corpus.jsonl"
        scale_out.corpus(corpus)
        for label, n, days in plans:
            home = Path(tmp) / f"{n}-{days}"
            path = home / "frontlog.sqlite"
            started = time.perf_counter()
            sample = fill(path, n, days, rng)
            built = time.perf_counter() - started
            times = time_adds(path, sample, random.Random(11))
            median = statistics.median(times) * 1000
            p95 = sorted(times)[int(len(times) * 0.95)] * 1000
            rate = ingest_rate(home, corpus, ctx) if "over time" in label else None
            rows.append((label, n, days, built, median, p95, rate))
            shutil.rmtree(home)
        empty = ingest_rate(Path(tmp) / "empty", corpus, ctx)
    head = f"{'store':<26} {'incidents':>10} {'days':>6} {'built in':>9}"
    print(f"{head} {'add: median':>12} {'p95':>8} {'ingest docs/s':>14}")
    for label, n, days, built, median, p95, rate in rows:
        shown = f"{rate:>14.1f}" if rate is not None else f"{'':>14}"
        print(
            f"{label:<26} {n:>10,} {days:>6} {built:>8.0f}s {median:>10.1f}ms {p95:>6.1f}ms{shown}"
        )
    print(f"ingest into an empty store: {empty:.1f} docs/s (the same corpus, a warm model)")
    print(f"1 million / 10 thousand, over time: {rows[1][4] / rows[0][4]:.2f}x the median add time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
