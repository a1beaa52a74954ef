"""Ingesting a pool of PDF CVs (text + parse + venue tiers + criteria) on every core, and re-opening it.

The pool is ``bench/synthetic_pool.py``: fictional CVs of 3 to 30 pages written with fpdf2,
generated once into --dir and reused. For each size N it reports the median of --repeat runs of

- ``load_pool`` (process pool, every core) and ``score`` (venue tiers, every default criterion),
- the same files through ``pdftotext`` on as many processes (reference: text only, no parsing),
- peak memory of this process and its reader processes together (sampled every 50 ms);

then, once, what one interpreter per file costs (``workers=1``, the path a small upload takes),
and re-opening the 1,000-CV pool from the workspace cache (reference: hashing every file).

    .venv/bin/python bench/ingest_speed.py                       # N = 100, 1000; 3 runs each
    .venv/bin/python bench/ingest_speed.py --sizes 10000 --repeat 1
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Self

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_pool import pool_paths

from scoring.defaults import default_config
from scoring.ingest.parallel import default_workers
from scoring.ingest.pool import load_pool
from scoring.ranking import score

TARGETS_S = {1000: 90.0, 10_000: 900.0}
DEFAULT_DIR = Path(tempfile.gettempdir()) / "facultyscreen-bench" / "pdf"


class PeakRSS:
    """Peak resident memory of this process plus all its descendants, sampled in a thread.

    Also the CPU time those processes used meanwhile (``cpu_s``): reader processes are children of
    the forkserver, not of this process, so ``getrusage`` would not see them; each process's last
    sampled CPU time counts (a reader's last 50 ms may be missed).
    """

    def __init__(self, every_s: float = 0.05) -> None:
        self.every_s = every_s
        self.peak = 0
        self.own_peak = 0  # this process alone
        self._cpu: dict[int, float] = {}
        self._cpu_start = {p: self._cpu_of(p) for p in self._tree(os.getpid())}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @staticmethod
    def _tree(pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            try:
                for task in Path(f"/proc/{p}/task").iterdir():
                    todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
        return out

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            return 0

    @staticmethod
    def _cpu_of(pid: int) -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return 0.0

    def cpu_s(self) -> float:
        """CPU seconds used by the process tree since the sampler started."""
        for p in self._tree(os.getpid()):
            self._cpu[p] = max(self._cpu.get(p, 0.0), self._cpu_of(p))
        return sum(t - self._cpu_start.get(p, 0.0) for p, t in list(self._cpu.items()))

    def _run(self) -> None:
        while not self._stop.is_set():
            own = self._rss(os.getpid())
            self.own_peak = max(self.own_peak, own)
            tree = self._tree(os.getpid())
            self.peak = max(self.peak, own + sum(self._rss(p) for p in tree[1:]))
            for p in tree:
                self._cpu[p] = max(self._cpu.get(p, 0.0), self._cpu_of(p))
            self._stop.wait(self.every_s)


def _pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in paths:
        pdf = pdfium.PdfDocument(path)
        total += len(pdf)
        pdf.close()
    return total


def _pdftotext_s(paths: list[Path], workers: int) -> float | None:
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as ex:
        list(ex.map(lambda p: subprocess.run([exe, "-q", str(p), "-"], stdout=subprocess.DEVNULL, check=False),
                    paths))
    return time.perf_counter() - start


def _ingest(paths: list[Path], workers: int | None) -> dict[str, Any]:
    with PeakRSS() as rss:
        start = time.perf_counter()
        pool = load_pool(paths, workers=workers)
        read, read_cpu = time.perf_counter() - start, rss.cpu_s()
        scored = score(pool.profiles, default_config())
        total, total_cpu = time.perf_counter() - start, rss.cpu_s()
    return {"read": read, "score": total - read, "total": total, "peak": rss.peak, "own_peak": rss.own_peak,
            "read_cpu": read_cpu, "score_cpu": total_cpu - read_cpu, "pool": pool, "scored": scored,
            "load": os.getloadavg()[0]}


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def _line(label: str, value: str, target: str, ref: str = "") -> None:
    print(f"{label:<50} {value:>12}   {target:<12} {ref}", flush=True)


def _reopen(paths: list[Path], repeat: int) -> None:
    from scoring.workspace import load_pool_cached, open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "workspace.sqlite"
        start = time.perf_counter()
        ws = open_workspace(db)
        pool, report = load_pool_cached(ws, paths)
        ws.close()
        first = time.perf_counter() - start
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            ws = open_workspace(db)
            again, report = load_pool_cached(ws, paths)
            ws.close()
            times.append(time.perf_counter() - start)
            assert len(report.cached) == len(pool.parsed), report
            assert not report.parsed, report
            assert again.profiles.publications.shape == pool.profiles.publications.shape
        hashes = []
        for _ in range(repeat):
            start = time.perf_counter()
            for p in paths:
                hashlib.sha256(p.read_bytes()).hexdigest()
            hashes.append(time.perf_counter() - start)
        _line(f"first import into a workspace ({len(paths)})", f"{first:.1f} s", "(once)", "parse + store")
        _line(f"re-open from the workspace cache ({len(paths)})", f"{statistics.median(times):.2f} s", "<= 3 s",
              f"sha256 of every file: {statistics.median(hashes):.2f} s")


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="pool sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="where the synthetic PDFs are kept")
    parser.add_argument("--isolated", type=int, default=40, help="CVs read with one interpreter per file")
    parser.add_argument("--no-reopen", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    workers = default_workers()
    print(f"{workers} cores; load average at start {os.getloadavg()[0]:.1f}", flush=True)
    shape: list[tuple[int, int, float]] = []
    all_paths = pool_paths(args.dir, max(sizes))
    for n in sizes:
        paths = all_paths[:n]
        pages = _pages(paths)
        mb = sum(p.stat().st_size for p in paths) / 2**20
        print(f"\nN = {n}: {pages:,} pages ({pages / n:.1f} per CV), {mb:.0f} MB of PDF", flush=True)
        runs, refs = [], []
        for _ in range(args.repeat):
            runs.append(_ingest(paths, None))
            refs.append(_pdftotext_s(paths, workers))
        last = runs[-1]
        pubs = len(last["pool"].profiles.publications)
        errors = len(last["pool"].errors)
        total = _median(runs, "total")
        target = f"<= {TARGETS_S[n]:.0f} s" if n in TARGETS_S else "(shape)"
        ref = "pdftotext not installed" if refs[0] is None else f"pdftotext, {workers} procs: {statistics.median(refs):.1f} s"
        _line(f"ingest {n} PDFs: read + parse + tiers + criteria", f"{total:.1f} s", target, ref)
        _line("  of which load_pool (text + parse)", f"{_median(runs, 'read'):.1f} s", "",
              f"{pubs:,} publications, {errors} errors")
        _line("  of which score (venue tiers + criteria)", f"{_median(runs, 'score'):.1f} s", "")
        _line("  peak memory, this process + readers", f"{_median(runs, 'peak') / 2**20:.0f} MB", "<= 1536 MB",
              f"this process alone: {_median(runs, 'own_peak') / 2**20:.0f} MB")
        _line("  CPU per CV, load_pool (all processes)", f"{1000 * _median(runs, 'read_cpu') / n:.0f} ms", "",
              f"score: {1000 * _median(runs, 'score_cpu') / n:.1f} ms; load average at run ends: "
              + ", ".join(f"{r['load']:.1f}" for r in runs))
        shape.append((n, pages, total))
        del runs, last
    if args.isolated:
        sample = all_paths[: args.isolated]
        one_per_file = _timed(lambda: load_pool(sample, workers=1))
        pooled = _timed(lambda: load_pool(sample, workers=workers))
        _line(f"one interpreter per file, 1 process ({len(sample)})", f"{1000 * one_per_file / len(sample):.0f} ms/CV",
              "(reference)", f"process pool, in-process extraction: {1000 * pooled / len(sample):.0f} ms/CV "
              "(incl. worker start)")
    if not args.no_reopen:
        _reopen(all_paths[: min(1000, max(sizes))], args.repeat)
    print("\nshape of the cost (ingest, median):")
    for n, pages, total in shape:
        print(f"  N = {n:>6,}: {total:8.1f} s   {1000 * total / n:6.1f} ms per CV   {1000 * total / pages:5.1f} ms per page")
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
