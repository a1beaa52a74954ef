"""The ``facultyscreen`` command line: parse, score and open the dashboard, headless or not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from scoring.config import SearchConfig, load_config
from scoring.errors import ConfigError, ReadError, ScoringError
from scoring.export import to_csv, with_metadata
from scoring.ingest import load_candidate, load_pool
from scoring.ingest.pool import candidate_paths
from scoring.ranking import rank, score
from scoring.venues_cli import venues_app
from scoring.workspace.configs import export_metadata

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
app.add_typer(venues_app, name="venues")

EXIT_PARTIAL = 3


@app.command()
def parse(
    paths: Annotated[list[Path], typer.Argument(help="CV files or candidate folders.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the parsed profile as JSON.")] = False,
) -> None:
    """Parse CVs and print what was found, one candidate per PATH."""
    out: list[dict[str, object]] = []
    failed = False
    for path in paths:
        try:
            cv = load_candidate(path)
        except ReadError as exc:
            typer.echo(f"{path}: {exc.reason}", err=True)
            failed = True
            continue
        out.append(cv.to_json())
    if as_json:
        typer.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=1))
    else:
        for profile in out:
            typer.echo(
                f"{profile['name']}: {len(profile['publications'])} publications, "
                f"{len(profile['awards'])} awards"
            )
    if failed:
        raise typer.Exit(1 if not out else EXIT_PARTIAL)


def _config_for(applicants: Path, config: Path | None) -> SearchConfig:
    if config is None and (applicants / "search.toml").is_file():
        config = applicants / "search.toml"
    if config is None:
        from scoring.defaults import default_config

        return default_config()
    return load_config(config)


def _progress_line(done: int, total: int, name: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    # one line redrawn in place; the name is cut so the line never wraps
    typer.echo(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:30]:<30}", err=True, nl=False
    )


@app.command("score")
def score_cmd(
    applicants: Annotated[Path, typer.Argument(help="Folder with one candidate per file or sub-folder.")],
    config: Annotated[
        Path | None, typer.Option(help="Search config TOML (default: APPLICANTS/search.toml).")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write the CSV shortlist here (default: stdout).")] = None,
    top: Annotated[int | None, typer.Option(help="Keep only the top N candidates.")] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Show reading progress on stderr (default: when stderr is a terminal).",
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes that read CVs (default: every core).")
    ] = None,
) -> None:
    """Parse every candidate, score, rank and write the CSV shortlist."""
    try:
        cfg = _config_for(applicants, config)
        if not applicants.is_dir():
            argument = "APPLICANTS"
            raise ConfigError(argument, f"{applicants} is not a folder")
    except ScoringError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    show = sys.stderr.isatty() if progress is None else progress
    pool = load_pool(candidate_paths(applicants), progress=_progress_line if show else None, workers=workers)
    if show:
        typer.echo("", err=True)
    for status in pool.errors:
        typer.echo(f"{status.path}: {status.reason}", err=True)
    ranked = rank(score(pool.profiles, cfg), cfg)
    if top is not None:
        ranked = ranked.head(top)
    data = to_csv(with_metadata(ranked, export_metadata(cfg)))  # the config and its hash travel with the file
    if out is None:
        sys.stdout.buffer.write(data)
    else:
        out.write_bytes(data)
        typer.echo(f"wrote {len(ranked)} candidates to {out}", err=True)
    if pool.errors:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def dashboard(
    applicants: Annotated[Path | None, typer.Argument(help="Applicant folder to open.")] = None,
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
) -> None:
    """Start the Streamlit dashboard on an applicant folder."""
    app_file = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_file),
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
    ]
    if applicants is not None:
        cmd += ["--", "--pool", str(applicants.resolve())]
    # Run from the project root so .streamlit/config.toml (the security settings) applies.
    raise typer.Exit(subprocess.call(cmd, cwd=app_file.parent.parent))
