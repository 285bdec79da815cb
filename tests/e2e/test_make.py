"""The Makefile's commands as the README gives them: ``make serve`` and ``make test``."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.test_build import make_project
from tests.e2e.test_serve import fetch, free_port, wait_for

MAKE = shutil.which("make") or "make"
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def with_makefile(project: Path) -> Path:
    """``project`` with the Makefile, and the stamp of an environment already installed (the
    tests' own, passed as BIN): make must not create one."""
    for name in ("Makefile", "pyproject.toml", "constraints.txt", "package.json", "package-lock.json"):
        shutil.copy(ROOT / name, project / name)
    stamp = project / ".venv" / ".installed"
    stamp.parent.mkdir()
    stamp.touch()
    return project


@pytest.mark.parametrize("npm, installs", [(True, True), (False, False)])
def test_make_test_installs_axe_core_when_npm_is_there(tmp_path: Path, npm: bool, installs: bool):
    project = with_makefile(tmp_path)
    path = tmp_path / "bin"  # a PATH with or without an npm
    path.mkdir()
    if npm:
        (path / "npm").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        (path / "npm").chmod(0o755)
    # Run from within make (make test), the inner make would print its directories: it is told not to.
    env = {key: value for key, value in os.environ.items() if key not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    plan = subprocess.run([MAKE, "-n", "--no-print-directory", "test", f"BIN={BIN}"], cwd=project,
                          capture_output=True, text=True, env={**env, "PATH": str(path)}, timeout=60,
                          check=True).stdout.splitlines()
    assert plan[-1] == f"{BIN}/python -m pytest"
    assert ("npm ci --omit=dev --no-audit --no-fund" in plan) == installs


def test_make_serve_serves_at_the_address_it_names(tmp_path: Path):
    """``make serve`` serves the site at the root of 127.0.0.1:<port>, not under site_url's path."""
    project = with_makefile(make_project(tmp_path, []))
    port = free_port()
    server = subprocess.Popen([MAKE, "serve", f"SERVE_ADDR=127.0.0.1:{port}", f"BIN={BIN}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)  # make and mkdocs in a group of their own
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stderr], daemon=True).start()
    seen: list[str] = []
    try:
        serving = wait_for(lines, "Serving on", seen, 240)
        assert serving.split("Serving on", 1)[1].strip() == f"http://127.0.0.1:{port}/"
        home = fetch(f"http://127.0.0.1:{port}/")
        assert "Meta opens Llama 2" in home
        assert "Meta" in fetch(f"http://127.0.0.1:{port}/meta-llama-2-open-models/actors/")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
