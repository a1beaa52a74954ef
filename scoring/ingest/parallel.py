"""Reading many candidates on every core: a process pool whose workers read files in themselves.

PDFium is not thread-safe and reading is CPU-bound, so a large pool is read by worker processes.
They are started by forkserver (or spawn), never by a bare fork: the caller may be a
multi-threaded Streamlit server. Each worker reads one candidate at a time and, unlike the
server, extracts PDFs and DOCX files in itself (``extract_in_this_process``) under the same
per-file memory and CPU caps as the one-process-per-file path: starting an interpreter per file
would cost more than reading it.

A file that crashes or stops a worker (a PDFium abort under the memory cap, the CPU alarm) breaks
the whole executor. The candidates that were in flight then are read again one at a time, the
isolated way (one capped child process per file), which reports why the file failed; the rest
go on in a fresh pool. So one hostile file costs one error row, never the batch.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import types
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from scoring.ingest.candidate import read_candidate
from scoring.ingest.readers import Limits
from scoring.ingest.status import FileStatus
from scoring.ingest.worker import extract_in_this_process
from scoring.model import ParsedCV

__all__ = ["Read", "default_workers", "read_in_processes", "read_one"]

Read = tuple[ParsedCV | None, list[FileStatus]]
Progress = Callable[[int, int, str], None]

# Below this many candidates starting the workers (each imports the library, ~1-2 s) costs more
# than it saves.
MIN_PARALLEL = 24
_log = logging.getLogger(__name__)


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_use_processes() -> bool:
    """Whether this platform has what the per-file caps in a worker need (POSIX rlimits, CPU alarm)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")


def read_one(path: Path, candidate_id: str, limits: Limits) -> Read:
    """``read_candidate``, except that an unexpected failure becomes an ``internal_error`` row."""
    try:
        return read_candidate(path, candidate_id=candidate_id, limits=limits)
    except Exception as exc:  # noqa: BLE001 - a bug on one candidate must not lose the batch
        _log.exception("reading candidate %s failed", path)
        reason = f"unexpected failure ({type(exc).__name__}); please report it"
        return None, [FileStatus(candidate_id, str(path), "error", reason, "internal_error")]


def _start_worker() -> None:
    """Initialiser of each pool process: extract here, no core dumps, the CPU alarm ends the process."""
    import resource

    extract_in_this_process()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGPROF, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """Start workers without running the caller's ``__main__`` in them again.

    Spawn and forkserver children re-import the parent's main module by its file. Under Streamlit
    that module is the app script, which would load the pool again in every worker; workers need
    nothing from it, since everything they run is importable from this package.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")  # no __file__, no __spec__: nothing to re-run
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def read_in_processes(
    jobs: Sequence[tuple[Path, str]],
    limits: Limits,
    *,
    workers: int,
    progress: Progress | None = None,
    sink: Callable[[int, Read], None] | None = None,
) -> list[Read]:
    """Read every (path, candidate id) job on *workers* processes; results in job order.

    Progress is reported in the calling thread as candidates finish (not in job order). With
    *sink*, each result is handed to ``sink(job index, read)`` in the calling thread as it
    finishes, in no particular order, and none is kept: the list returned is empty.
    """
    results: list[Read | None] = [None] * len(jobs)
    pending = deque(range(len(jobs)))
    done = 0

    def finish(i: int, read: Read) -> None:
        nonlocal done
        if sink is None:
            results[i] = read
        else:
            sink(i, read)
        done += 1
        if progress:
            progress(done, len(jobs), jobs[i][0].name)

    stalled = 0
    while pending:
        suspects, finished = _run_pool(jobs, pending, limits, workers, finish)
        if suspects:
            _log.warning("a reader process stopped; reading %d candidates one by one", len(suspects))
        for i in suspects:  # isolated: one capped child process per file says why it failed
            finish(i, read_one(*jobs[i], limits))
        stalled = stalled + 1 if suspects and not finished else 0
        if stalled >= 2:  # workers die whatever they read: read the rest in this process
            _log.error("reader processes keep failing; reading the rest in this process")
            while pending:
                i = pending.popleft()
                finish(i, read_one(*jobs[i], limits))
    return [r for r in results if r is not None]


def _run_pool(
    jobs: Sequence[tuple[Path, str]],
    pending: deque[int],
    limits: Limits,
    workers: int,
    finish: Callable[[int, Read], None],
) -> tuple[list[int], int]:
    """Run one executor until *pending* is empty or it breaks: (jobs in flight when it broke, jobs done)."""
    finished = 0
    # a bounded number in flight: when a worker dies, only these are suspects
    in_flight_max = 2 * workers
    running: dict[Future[Read], int] = {}
    try:
        executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_start_worker)
    except (OSError, ValueError):
        _log.exception("cannot start reader processes")
        return [pending.popleft()], 0  # read alone; two such rounds and the rest is read here
    with executor:
        try:
            while pending or running:
                while pending and len(running) < in_flight_max:
                    i = pending.popleft()
                    with _main_hidden():  # any submit may start a worker, not only the first
                        running[executor.submit(read_one, *jobs[i], limits)] = i
                ready, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in ready:
                    read = future.result()  # BrokenProcessPool leaves the future in *running*
                    finish(running.pop(future), read)
                    finished += 1
        except BrokenProcessPool:
            suspects = []
            for future, i in running.items():
                if future.done() and future.exception() is None:
                    finish(i, future.result())
                    finished += 1
                else:
                    suspects.append(i)
            return sorted(suspects), finished
    return [], finished
