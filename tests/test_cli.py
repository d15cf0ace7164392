"""The command line, through click's runner: formats, help, bad input, exit status."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from frontlog.cli.main import cli

from .conftest import EXAMPLE

pytestmark = pytest.mark.model


@pytest.fixture
def runner(tmp_path: Path, gazetteer_file: Path) -> CliRunner:
    env = {"FRONTLOG_HOME": str(tmp_path / "home"), "FRONTLOG_GAZETTEER": str(gazetteer_file)}
    return CliRunner(env=env)


def test_help_says_what_and_shows_an_example(runner: CliRunner) -> None:
    for args in ([], ["extract"], ["ingest"], ["events"]):
        result = runner.invoke(cli, [*args, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output


def test_extract_jsonl_documents_first(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["record"] == "document"
    assert {r["record"] for r in records[1:]} == {"event"}
    assert "1 documents, " in result.stderr


def test_extract_csv_keeps_claimants(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(cli, ["extract", str(EXAMPLE), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    us = next(r for r in rows if r["actor2"] == "Military Forces of the United States")
    assert "US military (claimed): killed 2" in us["claims"]
    assert "Amaq (claimed): killed 4" in us["claims"]
    assert (us["low"], us["high"], us["geo_precision"]) == ("2", "4", "2")


def test_extract_json_with_text_and_published_override(runner: CliRunner) -> None:
    args = ["extract", str(EXAMPLE), "--format", "json", "--with-text", "--published", "2017-08-16"]
    result = runner.invoke(cli, args)
    data = json.loads(result.stdout)
    (doc,) = data["documents"]
    assert doc["published"] == "2017-08-16"
    text = doc["text"]
    for event in data["events"]:
        for claim in event["claims"]:
            for ev in claim["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["text"]


def test_jsonl_input_keeps_ids(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a-1", "text": "Gunmen killed three civilians in Idlib on Monday.",
         "published": "2020-03-04", "outlet": "Example Wire"},
        {"id": "a-2", "text": "Turkish drones struck a convoy near Saraqib on Sunday, "
         "killing 12 soldiers, the Syrian Observatory for Human Rights said.",
         "published": "2020-03-02"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document_id"] for r in records if r["record"] == "document"] == ["a-1", "a-2"]
    events = [r for r in records if r["record"] == "event"]
    assert {c["document_id"] for e in events for c in e["claims"]} == {"a-1", "a-2"}
    first = next(e for e in events if e["claims"][0]["document_id"] == "a-1")
    assert first["sub_event_type"] == "Attack" and first["date"]["start"] == "2020-03-02"
    assert first["claims"][0]["claimant"] == "Example Wire"


def test_ingest_is_idempotent_and_events_lists(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["ingest", str(EXAMPLE)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["ingest", str(EXAMPLE)])
    assert "0 stored, 1 already stored" in again.stderr
    listed = runner.invoke(cli, ["events", "--format", "jsonl"])
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(events) == len({e["event_id"] for e in events}) == 7
    table = runner.invoke(cli, ["events"], env={"COLUMNS": "200"})
    assert "Amaq" in table.output and "Government regains" in table.output
    assert "Amaq: 4" in table.output and "US military: 2" in table.output
    narrow = runner.invoke(cli, ["events"], env={"COLUMNS": "80"})
    assert narrow.output.count("claim ") >= 10  # one block per event, one row per claim


def test_a_bad_batch_goes_on_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["ingest", str(EXAMPLE)]).exit_code == 0
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.md").write_bytes(b"")
    (batch / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (batch / "latin1.txt").write_bytes("Rapport: l'armée a repris la ville".encode("cp1252"))
    (batch / "french.md").write_text(
        "Les forces gouvernementales ont repris le contrôle de la ville après des combats "
        "qui ont duré trois jours, selon le ministère de la Défense.",
        encoding="utf-8",
    )
    (batch / "lines.jsonl").write_text(
        '{"id": "x", "txt": "no text"}\nnot json\n', encoding="utf-8"
    )
    with (batch / "huge.txt").open("wb") as handle:
        handle.write(b"Clashes were reported. " * (50 * 1024 * 1024 // 23))
    shutil.copy(EXAMPLE, batch / "good.md")
    (batch / "good.md").write_text(
        EXAMPLE.read_text(encoding="utf-8") + "\n\nAn added line makes a new document.\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["ingest", str(batch)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 7
    for name in ("empty.md", "image.txt", "latin1.txt", "french.md", "huge.txt"):
        assert any(name in line for line in errors), name
    assert any("lines.jsonl:2" in line and "not JSON" in line for line in errors)
    assert any(line.startswith("error: x: ") and '"text"' in line for line in errors)
    assert "1 stored" in result.stderr
    assert "1 documents republish stored ones" in result.stderr
    lines = runner.invoke(cli, ["events", "--format", "jsonl"]).stdout.splitlines()
    events = [json.loads(line) for line in lines]
    # good.md republishes the first report: its 7 events join the 7 stored, nothing lost
    assert len(events) == 7
    assert all(len({c["document_id"] for c in e["claims"]}) == 2 for e in events)
    assert all(e["number_of_sources"] == 1 for e in events)


def test_missing_model_is_a_clear_error(tmp_path: Path, gazetteer_file: Path) -> None:
    env = {
        "FRONTLOG_HOME": str(tmp_path),
        "FRONTLOG_GAZETTEER": str(gazetteer_file),
        "FRONTLOG_MODEL": "no_such_pipeline",
    }
    for command in ("ingest", "extract"):
        result = CliRunner(env=env).invoke(cli, [command, str(EXAMPLE)])
        assert result.exit_code == 1
        assert "no_such_pipeline" in result.output and "Traceback" not in result.output


def test_stdin_and_html(runner: CliRunner, tmp_path: Path) -> None:
    text = "On Monday, gunmen killed three civilians in Idlib, local sources said."
    piped = runner.invoke(cli, ["extract", "-", "--published", "2020-03-04"], input=text)
    assert piped.exit_code == 0, piped.output
    (event,) = [json.loads(x) for x in piped.stdout.splitlines() if '"event"' in x]
    assert event["sub_event_type"] == "Attack" and event["date"]["start"] == "2020-03-02"
    assert event["claims"][0]["claimant"] == "local sources"
    assert event["claims"][0]["claimant_kind"] == "local_source"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Shelling in Idlib</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Shelling in Idlib</h1><p>{text} The victims were farmers working in "
        "their fields, residents told reporters.</p></article></body></html>",
        encoding="utf-8",
    )
    html = runner.invoke(cli, ["extract", str(page), "--published", "2020-03-04"])
    records = [json.loads(x) for x in html.stdout.splitlines()]
    assert records[0]["title"] == "Shelling in Idlib"
    assert [r["sub_event_type"] for r in records[1:]] == ["Attack"]


def test_two_reports_of_one_incident_show_split_and_claimants(
    runner: CliRunner, tmp_path: Path
) -> None:
    batch = tmp_path / "two.jsonl"
    rows = [
        (
            "a1",
            "Outlet A",
            "Syrian government aircraft bombed Saraqib on Monday, killing "
            "12 civilians, activists said.",
        ),
        (
            "b1",
            "Outlet B",
            "On Monday, regime warplanes struck Saraqib, killing 5 people, "
            "the state news agency SANA reported.",
        ),
    ]
    batch.write_text(
        "".join(
            json.dumps({"id": i, "text": t, "published": "2017-08-15", "outlet": o}) + "\n"
            for i, o, t in rows
        ),
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["ingest", str(batch)])
    assert "1 events joined stored incidents" in result.stderr, result.stderr
    (line,) = runner.invoke(cli, ["events", "--format", "jsonl"]).stdout.splitlines()
    event = json.loads(line)
    assert event["fatalities"] == {"low": 5, "best": 5, "high": 12}
    median = runner.invoke(cli, ["events", "--format", "jsonl", "--fatality-policy", "maximum"])
    assert json.loads(median.stdout)["fatalities"]["best"] == 12

    shown = runner.invoke(cli, ["events", "show", event["event_id"]], env={"COLUMNS": "160"})
    assert shown.exit_code == 0, shown.output
    for words in ("SANA", "local sources", "12 civilians", "5 people", "the same place"):
        assert words in shown.output, words

    claimants = runner.invoke(cli, ["claimants", "--format", "csv"])
    rows_out = list(csv.DictReader(io.StringIO(claimants.stdout)))
    ratios = {r["claimant"]: r["median_ratio"] for r in rows_out}
    assert ratios == {"local sources": "2.4", "SANA": "0.42"}

    split = runner.invoke(cli, ["events", "split", event["event_id"], "--document", "b1"])
    assert split.exit_code == 0, split.output
    assert len(runner.invoke(cli, ["events", "--format", "jsonl"]).stdout.splitlines()) == 2
    again = runner.invoke(cli, ["ingest", "--replace", str(batch)])
    assert "0 events joined" in again.stderr
    missing = runner.invoke(cli, ["events", "show", "ev-nothing"])
    assert missing.exit_code != 0 and "no stored event ev-nothing" in missing.output


def test_a_document_the_store_refuses_is_reported_and_the_batch_goes_on(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontlog.errors import StoreError
    from frontlog.store import SQLiteStore

    real_add = SQLiteStore.add

    def add(self: SQLiteStore, document: Any, *args: Any, **kwargs: Any) -> Any:
        if document.document_id == "bad":
            raise StoreError("cannot store document bad: disk I/O error")
        return real_add(self, document, *args, **kwargs)

    monkeypatch.setattr(SQLiteStore, "add", add)
    batch = tmp_path / "b.jsonl"
    text = "Rebels shelled Aleppo on Monday, killing 5 civilians."
    batch.write_text(
        "".join(json.dumps({"id": i, "text": text}) + "\n" for i in ("bad", "good")),
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["ingest", str(batch)])
    assert result.exit_code == 1
    assert "error: bad: store: cannot store document bad" in result.stderr
    assert "1 stored" in result.stderr and "1 failed" in result.stderr
