"""The CI rule on skips (tests/conftest.py): with CI_NO_SKIPS=1 a skip fails unless its reason is allowed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = Path(__file__).parent / "conftest.py"
SKIPPING = """
import pytest

def test_needs_java():
    pytest.skip("no Java runtime")

def test_needs_a_browser():
    pytest.skip("no Chromium here")
"""

pytestmark = pytest.mark.slow  # two child pytest runs


def run_pytest(folder: Path, ci: bool) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "CI_NO_SKIPS"}
    if ci:
        env["CI_NO_SKIPS"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=120,
    )


def test_a_skip_ci_could_avoid_fails_ci_and_an_allowed_one_does_not(tmp_path) -> None:
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_skipping.py").write_text(SKIPPING)
    locally = run_pytest(tmp_path, ci=False)
    assert locally.returncode == 0 and "2 skipped" in locally.stdout, locally.stdout
    in_ci = run_pytest(tmp_path, ci=True)
    assert in_ci.returncode == 1, in_ci.stdout
    assert "1 failed, 1 skipped" in in_ci.stdout and "no Java runtime" in in_ci.stdout
