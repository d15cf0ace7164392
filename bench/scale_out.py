"""``make bench``: ``frontlog ingest`` with 1 and 2 worker processes, and its memory.

Corpus: the texts of ``throughput.py`` (the bundled example, plus the re3d documents
when ../shared is present), four times over under different ids, as one JSON lines
file. Each run ingests it into an empty store through ``frontlog.api.ingest`` with the
worker pool (``--workers N``): wall time from start to the last document stored,
including each worker's model load, the processor time of the ingest process and of
its workers (so how many of the machine's cores were kept busy), and the peak resident
memory of the largest worker.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from throughput import texts

from frontlog import api
from frontlog.config import load_config
from frontlog.gazetteer.sqlite import SQLiteGazetteer

COPIES = 8  # enough that two model loads do not hide the scaling


def corpus(path: Path) -> int:
    docs = texts()
    with path.open("w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for d in docs:
                row = {
                    "id": f"{d.document_id}-{copy}",
                    "text": d.content,
                    "published": "2017-08-15",
                }
                out.write(json.dumps(row) + "\n")
    return len(docs) * COPIES


def cpu_seconds() -> tuple[float, float]:
    """Processor time so far of this process, and of its children that have ended."""
    me, children = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def run(workers: int, source: str, home: str, gazetteer: str) -> dict[str, float]:
    """One ingest in this process (``--run``); its time, processor time (this process,
    its workers) and peak resident memory of this process and of its largest worker,
    sampled every 0.1 s."""
    import psutil

    me = psutil.Process()
    peaks = {"main": 0.0, "worker": 0.0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                peaks["main"] = max(peaks["main"], me.memory_info().rss / 2**20)
                for child in me.children(recursive=True):
                    peaks["worker"] = max(peaks["worker"], child.memory_info().rss / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.1)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    env = {"FRONTLOG_HOME": home, "FRONTLOG_GAZETTEER": gazetteer}
    cpu_before, started = cpu_seconds(), time.perf_counter()
    summary = api.ingest([source], load_config(env), workers=workers)
    seconds = time.perf_counter() - started
    cpu_after = cpu_seconds()
    done.set()
    watcher.join()
    return {"seconds": seconds, "documents": summary.documents, "main_mb": peaks["main"],
            "worker_mb": peaks["worker"], "main_cpu": cpu_after[0] - cpu_before[0],
            "workers_cpu": cpu_after[1] - cpu_before[1]}  # fmt: skip


def main() -> int:
    if sys.argv[1:2] == ["--run"]:
        workers, source, home, gazetteer = sys.argv[2:6]
        print(json.dumps(run(int(workers), source, home, gazetteer)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        gazetteer = root / "gazetteer.sqlite"
        SQLiteGazetteer.open_or_build(gazetteer).close()
        source = root / "corpus.jsonl"
        n = corpus(source)
        words = sum(len(json.loads(line)["text"].split()) for line in source.open())
        rows = []
        for workers in (1, 2):
            args = ["--run", str(workers), str(source), str(root / f"w{workers}"), str(gazetteer)]
            done = subprocess.run(
                [sys.executable, __file__, *args], capture_output=True, text=True, check=True
            )
            rows.append((workers, json.loads(done.stdout.strip().splitlines()[-1])))
    print(f"corpus: {n} documents, {words:,} words (raw)")
    print(f"machine: {os.cpu_count()} cores")
    print("workers  seconds  docs/s  words/s  cpu s (ingest, workers)  cores busy  peak memory")
    for workers, r in rows:
        worker = f", {r['worker_mb']:,.0f} MB a worker" if workers > 1 else " (in-process)"
        busy = (r["main_cpu"] + r["workers_cpu"]) / r["seconds"]
        print(
            f"{workers:>7} {r['seconds']:>8.1f} {n / r['seconds']:>7.1f} "
            f"{words / r['seconds']:>8,.0f}  {r['main_cpu']:>9.1f} {r['workers_cpu']:>9.1f}"
            f"      {busy:>10.2f}  {r['main_mb']:,.0f} MB ingest{worker}"
        )
    one, two = rows[0][1], rows[1][1]
    bound = one["seconds"] / ((two["main_cpu"] + two["workers_cpu"]) / min(os.cpu_count() or 1, 3))
    print(
        f"scaling 1 -> 2 workers: {one['seconds'] / two['seconds']:.2f}x; the most this work"
        f" allows with its cores busy: {bound:.2f}x (its processor time, with the second"
        " model load and the storing process, over the cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
