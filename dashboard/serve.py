"""Serve the dashboard headless on a free local port (for the screenshot script and browser tests)."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

APP = Path(__file__).resolve().parent / "app.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: IO[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            pass
        if proc.poll() is not None:
            log.seek(0)
            msg = f"streamlit exited with {proc.returncode}: {log.read().decode(errors='replace')[-2000:]}"
            raise RuntimeError(msg)
        if time.monotonic() > deadline:
            msg = f"streamlit did not answer on {url} within {timeout:.0f} s"
            raise TimeoutError(msg)
        time.sleep(0.25)


@contextmanager
def serving(pool: Path, *, timeout: float = 60.0) -> Iterator[str]:
    """Run ``streamlit run dashboard/app.py -- --pool POOL`` on 127.0.0.1; yield its base URL.

    The server is stopped (by its own process id) when the block ends.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", "127.0.0.1",
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--", "--pool", str(pool)]
    url = f"http://127.0.0.1:{port}"
    # a file, not a pipe, takes the server's output: a chatty server never blocks on a full pipe.
    # It runs from the project root so its .streamlit/config.toml (security settings) applies.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=APP.parent.parent, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(url, proc, log, timeout)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
