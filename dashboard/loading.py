"""Reading a pool into the session, with a progress bar: from a folder or from browser uploads."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from dashboard import state, workspace
from scoring.ingest import FileStatus, Pool, load_pool
from scoring.ingest.pool import candidate_paths
from scoring.uploads import stage_uploads
from scoring.workspace import WorkspaceSettings, load_pool_cached


def _load(paths: list[Path], source: str, settings: WorkspaceSettings | None = None) -> Pool:
    bar = st.progress(0.0, text=f"Reading {len(paths)} candidates…")

    def tick(done: int, total: int, name: str) -> None:
        bar.progress(done / total, text=f"Read {done}/{total}: {name}")

    ws = workspace.open_for(settings) if settings is not None else None
    report = None
    if ws is None:
        pool = load_pool(paths, progress=tick)
    else:  # profiles parsed before from the same bytes come from the workspace
        pool, report = load_pool_cached(ws, paths, progress=tick)
    bar.empty()
    state.set_pool(pool, source, workspace=settings if ws is not None else None, report=report)
    return pool


def load_folder(folder: Path) -> Pool | None:
    """Read every candidate in *folder* into the session, through the folder's committee workspace.

    A missing folder is reported, not raised.
    """
    if not folder.is_dir():
        st.error(f"Applicant folder not found: {folder}")
        return None
    return _load(candidate_paths(folder), str(folder), workspace.settings_for(folder))


def ensure_pool() -> None:
    """Read the command-line folder once per session, so reruns and page changes never re-parse."""
    state.ensure_defaults()
    if state.pool() is None and not state.get(state.POOL_SOURCE):
        folder = state.pool_folder()
        if load_folder(folder) is None:
            state.put(state.POOL_SOURCE, str(folder))  # don't retry on every rerun


def load_uploads(files: Sequence[tuple[str, bytes]]) -> Pool:
    """Stage uploaded files in a private temporary folder, read them as the pool, delete the folder.

    Profiles keep the text they need, so applicants' files leave the disk right away. Refused
    uploads (e.g. an unsafe zip) appear as ``error`` rows of the status table.
    """
    with tempfile.TemporaryDirectory(prefix="facultyscreen-upload-") as dest:  # mode 0700
        staged = stage_uploads(files, Path(dest))
        pool = _load(staged.paths, "uploads")
    pool.statuses += [FileStatus(candidate_id="", path=name, status="error", reason=why)
                      for name, why in staged.rejected]
    return pool
