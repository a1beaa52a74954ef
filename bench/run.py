"""Run every benchmark in bench/ in turn, each in its own interpreter, with its default sizes.

Usage: ``make bench`` or ``.venv/bin/python bench/run.py [NAME ...]`` (names without ``.py``). Each
script prints its own figures and targets; this runner adds a header and the wall time per script,
and exits non-zero when any of them fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the runner itself, and the pool generator the benchmarks import
_NOT_BENCHMARKS = {Path(__file__).name, "synthetic_pool.py"}


def main(argv: list[str] | None = None) -> int:
    scripts = sorted(p for p in HERE.glob("*.py") if p.name not in _NOT_BENCHMARKS and not p.name.startswith("_"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: {', '.join(p.stem for p in scripts)})")
    names = parser.parse_args(argv).names
    chosen = [p for p in scripts if not names or p.stem in names]
    failed = []
    for script in chosen:
        print(f"\n== {script.stem} ==", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"-- {script.stem}: {time.perf_counter() - start:.1f} s wall{'' if code == 0 else f', exit {code}'}")
        if code:
            failed.append(script.stem)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
