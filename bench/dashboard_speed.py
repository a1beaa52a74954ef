"""How long the dashboard takes to open a pool and to react, measured with Streamlit's AppTest.

A pool of N fictional plain-text CVs is written to a temporary folder (fixed seed). Reported:
the first run of the app (read + parse + score + rank + charts), a rerun after a weight moves on
Settings then the Ranking drawn again (re-rank only, scores are cached), opening the Candidate
page, the Compare page, and a new session after a restart, whose profiles come from the pool's
committee workspace instead of being parsed again. That is the Python side of each interaction.

With ``--browser``, the app is also served (``streamlit run``) and opened in Chromium (Debian's
``/usr/bin/chromium`` through Playwright), timing from navigation until the Ranking page has
finished its run and shows the table and a drawn chart: the first visit (which reads and parses
the folder), a second visit in a new browser session on the same server, and a visit after the
server restarts (profiles from the committee workspace, every criterion scored again).

    python bench/dashboard_speed.py [--n 200] [--seed 0] [--browser] [--no-apptest]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
_VENUES = ["ICML", "NeurIPS", "ICLR", "AISTATS", "UAI", "IJCNN", "Journal of Optimization Theory",
           "Workshop on Efficient Learning", "arXiv preprint"]
_WORDS = ["adaptive", "stochastic", "gradient", "momentum", "curvature", "sparse", "robust", "federated",
          "training", "networks", "variance", "convergence", "implicit", "regularisation", "scaling"]


def _cv(rng: random.Random, i: int) -> str:
    name = f"Candidate{i:04d} Surname{rng.randrange(10_000):04d}"
    papers = []
    for j in range(rng.randrange(1, 25)):
        title = " ".join(rng.sample(_WORDS, 5)).capitalize()
        papers.append(f'{j + 1}. {name.split()[1]}, A. Coauthor. "{title}". In Proc. {rng.choice(_VENUES)}, '
                      f"{rng.randrange(2012, 2026)}.")
    awards = [f"- Prize number {k}, {rng.randrange(2012, 2026)}" for k in range(rng.randrange(0, 4))]
    return "\n".join([name, f"c{i}@uni.example", "", "RESEARCH INTERESTS", " ".join(rng.sample(_WORDS, 8)), "",
                      "PUBLICATIONS", *papers, "", "AWARDS", *awards]) + "\n"


def _timed(label: str, step: Callable[[], AppTest]) -> AppTest:
    start = time.perf_counter()
    at = step()
    elapsed = time.perf_counter() - start
    if at.exception:
        msg = f"{label}: {at.exception[0].value}"
        raise SystemExit(msg)
    print(f"{label:<45} {elapsed:6.2f} s")
    return at


_CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
_TARGET_S = 5.0


def _children_cpu_s() -> float:
    """CPU seconds used so far by every process descended from this one (server, Playwright, Chromium).

    A busy shared machine stretches the wall time of a render; this sum it stretches much less.
    """
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        # own user + system time, and that of its children already waited for
        cpu[pid] = sum(int(v) for v in fields[11:15]) / tick
    me = os.getpid()
    total = 0.0
    for pid, used in cpu.items():
        up = parents.get(pid)
        while up is not None and up not in (me, 0, 1):
            up = parents.get(up)
        if up == me:
            total += used
    return total


_REFERENCE_APP = """
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(layout="wide")
st.title("Ranking")
frame = pd.DataFrame({"candidate": [f"Candidate {i}" for i in range(200)], "score": [i / 200 for i in range(200)]})
st.data_editor(frame, key="table")
st.plotly_chart(go.Figure(go.Bar(x=frame["score"][:25], y=frame["candidate"][:25], orientation="h")))
"""


def _serve_reference(folder: Path) -> subprocess.Popen[bytes]:
    """A bare app with the same three things the check waits for (title, table, chart), served alike."""
    from dashboard.serve import free_port

    script = folder / "reference_app.py"
    script.write_text(_REFERENCE_APP, encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
                             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.url = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{proc.url}/_stcore/health", timeout=2) as response:  # type: ignore[attr-defined]
                if response.read() == b"ok":
                    return proc
        except OSError:
            time.sleep(0.25)
    proc.terminate()
    msg = "the reference app did not start"
    raise SystemExit(msg)


def _render(context: object, url: str, label: str, timeout_s: float) -> None:
    """Print the seconds from navigation until the Ranking page's run is over with its table and a
    chart drawn, and when the title and the table appeared on the way."""
    from playwright.sync_api import expect

    page = context.new_page()  # type: ignore[attr-defined]
    wait = timeout_s * 1000
    try:
        start, cpu = time.perf_counter(), _children_cpu_s()
        page.goto(url)
        expect(page.get_by_role("heading", name="Ranking")).to_be_visible(timeout=wait)
        title = time.perf_counter() - start
        expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=wait)
        table = time.perf_counter() - start
        expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=wait)
        expect(page.locator("[data-testid='stApp']")).to_have_attribute("data-test-script-state", "notRunning",
                                                                         timeout=wait)
        expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=wait)
        elapsed = time.perf_counter() - start
        used = _children_cpu_s() - cpu
    finally:
        page.close()
    print(f"{label:<45} {elapsed:6.2f} s   (target {_TARGET_S:.0f} s; title at {title:.1f} s, table at "
          f"{table:.1f} s; CPU of server + browser {used:.1f} s; load {os.getloadavg()[0]:.1f})", flush=True)


def _browser(pool: Path, n: int, timeout_s: float) -> None:
    from playwright.sync_api import sync_playwright

    from dashboard.serve import serving

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        msg = "--browser needs Debian's chromium (apt-get install chromium)"
        raise SystemExit(msg)
    viewport = {"width": 1440, "height": 900}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=_CHROMIUM_ARGS)
        try:
            with serving(pool, timeout=120) as url:
                kept = browser.new_context(viewport=viewport)  # its cache keeps the app's scripts
                _render(kept, url, f"browser: first visit (read, parse, score {n})", timeout_s)
                _render(kept, url, "browser: new session, scripts in cache", timeout_s)
                fresh = browser.new_context(viewport=viewport)
                _render(fresh, url, "browser: new session, empty browser cache", timeout_s)
                fresh.close()
            with serving(pool, timeout=120) as url:
                _render(kept, url, "browser: after a server restart (workspace)", timeout_s)
                kept.close()
            with tempfile.TemporaryDirectory() as tmp:
                reference = _serve_reference(Path(tmp))
                try:
                    bare = browser.new_context(viewport=viewport)
                    _render(bare, reference.url, "  reference: bare app, 200-row table + 1 chart", timeout_s)
                    bare.close()
                finally:
                    reference.terminate()
                    reference.wait(timeout=10)
        finally:
            browser.close()


def main(n: int, seed: int, *, browser: bool = False, apptest: bool = True, timeout_s: float = 900) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        pool = Path(tmp)
        for i in range(n):
            (pool / f"cv{i:04d}.txt").write_text(_cv(rng, i), encoding="utf-8")
        os.environ["FACULTYSCREEN_POOL"] = str(pool)
        print(f"pool: {n} candidates (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        if browser:  # first, so its first visit really reads the folder (AppTest fills the workspace)
            _browser(pool, n, timeout_s)
        if not apptest:
            return
        at = _timed("first run (read, parse, score, rank, draw)",
                    lambda: AppTest.from_file(str(APP), default_timeout=600).run())
        at = _timed("open Settings", lambda: at.switch_page("views/settings.py").run())
        at.slider(key="settings.criteria.awards.weight").set_value(0.9)
        at = _timed("move a weight", lambda: at.run())
        at = _timed("back to Ranking (re-rank, cached scores)", lambda: at.switch_page("views/ranking.py").run())
        at = _timed("open Candidate", lambda: at.switch_page("views/candidate.py").run())
        _timed("open Compare", lambda: at.switch_page("views/compare.py").run())
        st.cache_resource.clear()  # as after a server restart: the workspace is opened afresh
        _timed("new session after a restart (profiles from the workspace)",
               lambda: AppTest.from_file(str(APP), default_timeout=600).run())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--browser", action="store_true", help="also time the first render in Chromium")
    parser.add_argument("--no-apptest", action="store_true", help="only the browser timings")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for a page in the browser")
    args = parser.parse_args()
    main(args.n, args.seed, browser=args.browser, apptest=not args.no_apptest, timeout_s=args.timeout)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
