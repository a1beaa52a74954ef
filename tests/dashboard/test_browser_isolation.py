"""Two reviewers in two browsers at once: neither ever sees the other's uploaded applicants.

Runs the real server and Debian's Chromium. Each Streamlit session is a thread in one process, so
a global cache or a module-level variable holding candidate data would show up here as one
session's candidate in the other's page.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


# Markdown and HTML in a CV must stay text: rendered, they would make the reviewer's browser call out.
PIXEL = "http://127.0.0.1:9/pixel.png"
HOSTILE = f"![x]({PIXEL}?leak=shortlist) <img src='{PIXEL}?html=1' onerror='alert(1)'>"


def _cv(name: str) -> bytes:
    return (f"{name}\nPostdoctoral Researcher\n{HOSTILE}\n\nPUBLICATIONS\n"
            f'1. {name}. "A paper only this reviewer uploaded {HOSTILE}". In Proc. ICML, 2023.\n').encode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A headless dashboard on a free loopback port, over a folder with one public candidate."""
    pool = tmp_path / "pool"
    pool.mkdir()
    (pool / "publicperson.txt").write_bytes(_cv("Shared Publicperson"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--", "--pool", str(pool)],
        stdout=log, stderr=subprocess.STDOUT, cwd=APP.parents[1],
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                assert proc.poll() is None, (tmp_path / "server.log").read_text(errors="replace")[-3000:]
                assert time.monotonic() < deadline, "streamlit did not start within 60 s"
                time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _settle(page: object) -> None:
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=30_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30_000)


def _choose_file(page: object, url: str, filename: str, data: bytes) -> None:
    from playwright.sync_api import expect

    page.goto(f"{url}/load")
    _settle(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": filename, "mimeType": "text/plain", "buffer": data}])
    expect(page.get_by_role("button", name="Read 1 uploaded files")).to_be_enabled(timeout=20_000)


def _wait_until_read(page: object, filename: str) -> None:
    from playwright.sync_api import expect

    # While a rerun draws, the stale table can sit beside the new one: look for the one naming the file.
    expect(page.get_by_test_id("stDataFrame").filter(has_text=filename).first).to_be_attached(timeout=30_000)
    _settle(page)


def _status_table(page: object, expected: str) -> str:
    """The text of the Load page's status table, once it shows *expected* (its own candidate).

    The grid draws on a canvas but keeps its cells in an accessible table, which is what we read.
    """
    from playwright.sync_api import expect

    table = page.get_by_test_id("stDataFrame").filter(has_text=expected).first
    expect(table).to_be_attached(timeout=30_000)
    _settle(page)
    return table.text_content() or ""


def _visit(page: object, title: str) -> None:
    """Open another page of the app by its sidebar link (in-app navigation keeps the session)."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=title).click()
    _settle(page)


def test_two_sessions_never_see_each_others_uploads(server: str) -> None:
    """Alice and Bob read uploads at the same time; each sees only their own, a fresh session neither.

    Their CVs also carry Markdown/HTML images: no page may make the browser request them.
    """
    from playwright.sync_api import expect, sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is required for browser tests: apt-get install chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            outbound: list[str] = []
            alice = browser.new_context().new_page()
            bob = browser.new_context().new_page()
            for page in (alice, bob):
                page.on("request", lambda request: outbound.append(request.url)
                        if not request.url.startswith(server) else None)
            _choose_file(alice, server, "zeldovich-alpha.txt", _cv("Alia Zeldovich"))
            _choose_file(bob, server, "yamamoto-beta.txt", _cv("Bo Yamamoto"))
            # Both sessions ingest at once on the server.
            alice.get_by_role("button", name="Read 1 uploaded files").click()
            bob.get_by_role("button", name="Read 1 uploaded files").click()
            _wait_until_read(alice, "zeldovich-alpha.txt")
            _wait_until_read(bob, "yamamoto-beta.txt")

            for title in ("Ranking", "Candidate", "Compare", "Load"):
                _visit(alice, title)
                assert "Yamamoto" not in alice.content(), f"Bob's candidate on Alice's {title} page"
            _visit(alice, "Candidate")
            # the page does show her own candidate (waited for: the page may still be drawing)
            expect(alice.locator("body")).to_contain_text("Zeldovich", timeout=30_000)
            assert "pixel.png" in alice.content()  # ... and the hostile markup, as text
            _visit(alice, "Load")
            seen_by_alice = _status_table(alice, "zeldovich-alpha")
            assert "yamamoto" not in seen_by_alice
            assert "Yamamoto" not in alice.content()

            _visit(bob, "Candidate")
            _visit(bob, "Load")
            seen_by_bob = _status_table(bob, "yamamoto-beta")
            assert "zeldovich" not in seen_by_bob
            assert "Zeldovich" not in bob.content()

            carol = browser.new_context().new_page()
            carol.goto(f"{server}/load")
            _settle(carol)
            seen_by_carol = _status_table(carol, "publicperson")
            assert "zeldovich" not in seen_by_carol
            assert "yamamoto" not in seen_by_carol
            assert not [u for u in outbound if "pixel.png" in u], outbound
        finally:
            browser.close()
