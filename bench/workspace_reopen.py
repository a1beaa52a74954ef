"""Re-opening a pool whose profiles are cached in the workspace: how long does it take?

Writes N fictional markdown CVs (about 20 publications each) to a temporary folder, imports them
once into a fresh workspace (every CV parsed), closes it, then re-opens the workspace and the pool
as a restarted dashboard would: open_workspace + load_pool_cached, all profiles from the cache.

    .venv/bin/python bench/workspace_reopen.py            # 1,000 candidates; target: reopen <= 3 s
    .venv/bin/python bench/workspace_reopen.py --n 200 --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from scoring.ingest.pool import candidate_paths
from scoring.workspace import load_pool_cached, open_workspace

VENUES = ["Proc. NeurIPS", "Proc. ICML", "J. Mach. Learn. Res.", "Proc. AAAI", "Workshop on Examples"]


def write_pool(folder: Path, n: int, papers: int) -> None:
    """N fictional CVs, each with *papers* publications and two awards."""
    for i in range(n):
        lines = [f"# Candidate {i:04d} Example", "", f"Email: c{i}@example.org", "", "## Publications", ""]
        for j in range(papers):
            lines.append(
                f'{j + 1}. C. Example, A. Coauthor and B. Other. "Study {j} of problem {i}". '
                f"{VENUES[(i + j) % len(VENUES)]}, {2010 + (i + j) % 15}."
            )
        lines += [
            "",
            "## Awards",
            "",
            f"- Example Prize, {2015 + i % 10}",
            f"- Travel Grant, {2012 + i % 10}",
        ]
        (folder / f"candidate-{i:04d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="candidates in the pool")
    parser.add_argument("--papers", type=int, default=20, help="publications per CV")
    parser.add_argument("--repeat", type=int, default=3, help="timed re-opens")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pool_dir = Path(tmp) / "pool"
        pool_dir.mkdir()
        write_pool(pool_dir, args.n, args.papers)
        db = pool_dir / ".facultyscreen.sqlite"
        paths = candidate_paths(pool_dir)

        start = time.perf_counter()
        ws = open_workspace(db)
        pool, report = load_pool_cached(ws, paths)
        ws.close()
        first = time.perf_counter() - start
        assert len(report.parsed) == args.n, report

        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            ws = open_workspace(db)
            again, report = load_pool_cached(ws, paths)
            ws.close()
            times.append(time.perf_counter() - start)
            assert len(report.cached) == args.n, report
            assert not report.parsed, report
            assert len(again.profiles.publications) == len(pool.profiles.publications)

        size = db.stat().st_size + sum(p.stat().st_size for p in pool_dir.glob(".facultyscreen.sqlite-*"))
        print(
            f"candidates: {args.n}, publications: {len(pool.profiles.publications)}, "
            f"database: {size / 2**20:.1f} MB"
        )
        print(f"first import (parse + store): {first:.2f} s")
        print(
            f"re-open from cache: median {statistics.median(times):.2f} s, "
            f"min {min(times):.2f} s, max {max(times):.2f} s over {args.repeat} runs"
        )


if __name__ == "__main__":
    main()
