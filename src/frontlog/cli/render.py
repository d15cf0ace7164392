"""A readable terminal table of events, every figure next to the claimant who gives it."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from frontlog.claimants import ClaimantRecord
from frontlog.export import claim_summary

WIDE = 120  # columns: below this, one block per event instead of one wide table


def events_table(events: Iterable[dict[str, Any]], *, title: str = "frontlog events") -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=2)
    table.add_column("where", ratio=2)
    table.add_column("who", ratio=2)
    table.add_column("killed (says who)", justify="right", ratio=2, min_width=16)
    table.add_column("claims (who says what)", ratio=5, min_width=30)
    for e in events:
        table.add_row(
            _date(e["date"]),
            f"{e['sub_event_type']}\n[dim]{e['event_type']}[/dim]",
            _where(e["location"]),
            _who(e["actors"], e["disputed"]),
            _fatalities(e),
            "\n".join(f"• {claim_summary(c)}" for c in e["claims"]),
        )
    return table


def print_events(events: Iterable[dict[str, Any]], console: Console | None = None) -> int:
    items = list(events)
    console = console or Console()
    if not items:
        console.print("No events stored yet. Try: frontlog ingest REPORT.md")
        return 0
    if console.width >= WIDE:
        console.print(events_table(items))
    else:
        for event in items:
            console.print(event_block(event))
    console.print(f"{len(items)} events. Figures are claims: each is shown with who makes it.")
    return len(items)


def event_block(e: dict[str, Any]) -> Table:
    """One event as a two-column block, for terminals too narrow for the wide table."""
    block = Table(
        title=f"{e['sub_event_type']} [dim]({e['event_type']})[/dim]",
        title_justify="left",
        show_header=False,
        expand=True,
    )
    block.add_column("field", style="bold", no_wrap=True)
    block.add_column("value", ratio=1)
    block.add_row("date", _date(e["date"]).replace("\n", " "))
    block.add_row("where", _where(e["location"]).replace("\n", " "))
    block.add_row("who", _who(e["actors"], e["disputed"]).replace("\n", " "))
    block.add_row("killed", _fatalities(e).replace("\n", "; "))
    for claim in e["claims"]:
        block.add_row("claim", claim_summary(claim))
    return block


def _date(d: dict[str, Any]) -> str:
    span = d["start"] if d["start"] == d["end"] else f"{d['start']}\n– {d['end']}"
    return f"{span}\n[dim]precision {d['precision']}[/dim]"


def _where(loc: dict[str, Any]) -> str:
    name = loc["name"] or "?"
    resolved = loc["resolved_name"]
    shown = name if not resolved or resolved == name else f"{name} → {resolved}"
    return f"{shown} ({loc['country'] or '?'})\n[dim]geo_precision {loc['geo_precision']}[/dim]"


def _who(actors: list[dict[str, Any]], disputed: list[str]) -> str:
    names = {a["role"]: a["name"] for a in actors}
    one = " + ".join(n for r, n in names.items() if r in ("actor1", "assoc_actor1")) or "?"
    if "actor1" in disputed:  # claimants name different perpetrators
        one += " [yellow](disputed)[/yellow]"
    two = " + ".join(n for r, n in names.items() if r in ("actor2", "assoc_actor2")) or "?"
    return f"{one}\n→ {two}"


def _fatalities(e: dict[str, Any]) -> str:
    """Each figure with its claimant: a count is never shown without who gives it."""
    lines = []
    for claim in e["claims"]:
        figures = [c["count"] if c["count"] is not None else c["low"] for c in claim["killed"]]
        numbers = [f for f in figures if f is not None]
        if numbers:
            vague = any(c["count"] is None for c in claim["killed"])
            lines.append(f"{claim['claimant']}: {'≥' if vague else ''}{sum(numbers)}")
    if not lines:
        return "–"
    if "fatalities" in e["disputed"]:
        lines.append("[yellow]disputed[/yellow]")
    return "\n".join(lines)


def print_event(e: dict[str, Any], console: Console | None = None) -> None:
    """One event: the claims side by side with the words behind them, and why merged."""
    console = console or Console()
    console.print(event_block(e))
    fat = e["fatalities"]
    console.print(
        f"fatalities (reconciled over the claims below): low {fat['low']}, best {fat['best']}, "
        f"high {fat['high']}; sources: {e['number_of_sources']}; disputed: "
        f"{', '.join(e['disputed']) or 'nothing'}"
    )
    claims = Table(title="claims, side by side", show_lines=True, expand=True)
    for column in ("claimant", "document", "says", "in its words"):
        claims.add_column(column, ratio=3 if column == "in its words" else 2)
    for c in e["claims"]:
        words = "\n".join(f"[dim]{ev['field']}:[/dim] “{ev['text']}”" for ev in c["evidence"])
        claims.add_row(
            f"{c['claimant']}\n[dim]{c['claimant_kind']}, {c['stance']}[/dim]",
            f"{c['reported_by'] or '?'}\n[dim]{c['document_id']}[/dim]",
            claim_summary(c).split(": ", 1)[-1],
            words,
        )
    console.print(claims)
    if e.get("merges"):
        console.print("[bold]why these reports are one event[/bold]")
        for m in e["merges"]:
            console.print(
                f"• document {m['document_id']} (its event {m['report_id']}): {m['reason']}"
            )
    else:
        console.print("[dim]one report: nothing was merged into this event[/dim]")


def print_claimants(
    records: Iterable[ClaimantRecord],
    console: Console | None = None,
    csv_out: IO[str] | None = None,
) -> None:
    rows = [
        (
            r.claimant,
            r.kind,
            r.claims,
            r.events,
            r.denials,
            r.compared,
            r.median_ratio,
            len(r.ratios),
        )
        for r in records
    ]
    header = (
        "claimant",
        "kind",
        "claims",
        "events",
        "denials",
        "compared",
        "median_ratio",
        "ratios",
    )
    if csv_out is not None:
        writer = csv.writer(csv_out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return
    console = console or Console()
    table = Table(title="claimants", expand=True)
    for column in header:
        table.add_column(
            column.replace("_", " "), justify="left" if column in ("claimant", "kind") else "right"
        )
    for row in rows:
        table.add_row(*("–" if v is None else str(v) for v in row))
    console.print(table)
    console.print(
        "compared: incidents another claimant gives a fatality figure for too; median ratio: "
        "this claimant's figure over the others' median. Information, not a verdict."
    )


class IngestProgress:
    """A progress bar on stderr: documents, events, errors, rate and time left.

    Errors are printed above the bar as they come. Disabled, it only prints the errors.
    """

    def __init__(self, total: int | None, *, enabled: bool = True) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True)
        self.enabled = enabled
        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[events]} events, {task.fields[errors]} errors"),
            TextColumn("{task.fields[rate]} docs/s"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            disable=not enabled,
        )
        self.task = self.progress.add_task("ingest", total=total, events=0, errors=0, rate="–")

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def update(self, summary: Any) -> None:
        task = self.progress.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = f"{summary.documents / elapsed:.1f}" if elapsed > 0 else "–"
        self.progress.update(
            self.task,
            completed=summary.documents,
            events=summary.events,
            errors=len(summary.errors),
            rate=rate,
        )

    def log(self, line: str) -> None:
        if self.enabled:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr)
