"""Shared fixtures. The real gazetteer is built once per test session (about 25 s)."""

from __future__ import annotations

import functools
import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlog.config import load_config
from frontlog.context import Context
from frontlog.pipeline import Result, process
from frontlog.records import Event
from frontlog.report import RawDocument
from frontlog.stages.load import load

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "globalresearch-2017-08-15-isis-retreat-syria.md"
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "gazetteer"


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or a clean skip naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the evaluation data {path} (../shared is absent here)")
    return path


@pytest.fixture(scope="session")
def gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from frontlog.gazetteer.sqlite import SQLiteGazetteer

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    SQLiteGazetteer.open_or_build(path).close()
    return path


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="session")
def context(gazetteer_file: Path, home: Path) -> Context:
    env = {"FRONTLOG_HOME": str(home), "FRONTLOG_GAZETTEER": str(gazetteer_file)}
    return Context(load_config(env))


def run_text(context: Context, path: Path, *, published: str | None = None) -> Result:
    (raw,) = list(load([str(path)], max_bytes=10_000_000))
    assert not isinstance(raw, Exception), raw
    return process(raw, context, published=published)


@pytest.fixture(scope="session")
def reference(context: Context) -> Result:
    return run_text(context, EXAMPLE)


@pytest.fixture
def geonames_server(tmp_path: Path) -> Iterator[str]:
    """A local HTTP server laid out like download.geonames.org/export/dump/."""
    root = tmp_path / "www"
    (root / "alternatenames").mkdir(parents=True)
    with zipfile.ZipFile(root / "SY.zip", "w") as archive:
        archive.write(FIXTURES / "SY.txt", "SY.txt")
        archive.writestr("readme.txt", "GeoNames fixture")
    with zipfile.ZipFile(root / "alternatenames" / "SY.zip", "w") as archive:
        archive.write(FIXTURES / "alternatenames-SY.txt", "SY.txt")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def events(context: Context, text: str, published: str = "2023-06-01") -> list[Event]:
    """The events of one short text, published on 2023-06-01 unless told."""
    raw = RawDocument("t", "test", text, "text")
    return list(process(raw, context, published=published).events)


def one_type(context: Context, text: str) -> str:
    """The sub-event type of the one event the text holds."""
    (event,) = events(context, text)
    return event.sub_event_type


def actor(event: Event, role: str) -> str | None:
    return next((a.name for a in event.actors if a.role == role), None)


def type_sides_place(context: Context, text: str) -> tuple[str, str | None, str | None, str]:
    """The one event of the text: its type, actor1, actor2 and place."""
    (event,) = events(context, text)
    return (
        event.sub_event_type,
        actor(event, "actor1"),
        actor(event, "actor2"),
        event.location.name,
    )


def assert_one_event(
    context: Context,
    text: str,
    expected: str,
    actor1: str | None,
    actor2: str | None,
    dead: int | None,
) -> None:
    """The text holds one event, of this type, these sides and this many dead."""
    (event,) = events(context, text)
    assert event.sub_event_type == expected
    assert (actor(event, "actor1"), actor(event, "actor2")) == (actor1, actor2)
    assert event.fatalities.best == dead
