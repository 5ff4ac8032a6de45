"""What gets installed, and in what: the distribution's top-level names are exactly the project's four; a
package of another project under one of those names is caught instead of silently imported; the container
files run real ictarchive commands."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from scraper.distribution import TOP_LEVEL

ROOT = Path(__file__).parent.parent


def python(code: str, cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(pythonpath)}
    environment.pop("ICTARCHIVE_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=cwd, env=environment
    )


def test_the_installed_distribution_has_exactly_the_four_top_level_names() -> None:
    installed = metadata.distribution("ictarchive").read_text("top_level.txt")
    assert installed is not None and set(installed.split()) == set(TOP_LEVEL)
    assert set(metadata.packages_distributions()) >= set(TOP_LEVEL)


def test_another_projects_archive_package_is_refused_not_imported(tmp_path) -> None:
    """Someone else's `archive` first on the path: one clear line and exit 2, not their code or a traceback."""
    shadow = tmp_path / "shadow"
    (shadow / "archive").mkdir(parents=True)
    (shadow / "archive" / "__init__.py").write_text("raise SystemExit('the other archive package was imported')\n")
    result = python("import sys; from scraper.cli import main; sys.exit(main(['status']))", tmp_path, shadow)
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert f"archive from {shadow / 'archive' / '__init__.py'}" in line and "own virtual environment" in line


def test_version_names_a_distribution_that_installs_the_same_name(tmp_path) -> None:
    site = tmp_path / "site"
    info = site / "otherarchiver-2.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: otherarchiver\nVersion: 2.0\n")
    (info / "top_level.txt").write_text("archive\n")
    result = python("import sys; from scraper.cli import main; sys.exit(main(['--version']))", tmp_path, site)
    assert result.returncode == 0 and result.stdout.startswith("ictarchive ")
    assert "otherarchiver" in result.stderr and "'archive'" in result.stderr
    clean = python("import sys; from scraper.cli import main; sys.exit(main(['--version']))", tmp_path, tmp_path)
    assert clean.returncode == 0 and clean.stderr == ""


def dockerfile_instruction(name: str) -> str:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    found = [line.split(None, 1)[1] for line in text.splitlines() if line.split(None, 1)[:1] == [name]]
    assert len(found) >= 1, name
    return found[-1]


def test_the_container_runs_the_scheduler_as_a_user_with_a_data_volume_and_a_real_health_check(tmp_path) -> None:
    from scraper.cli import build_parser

    assert dockerfile_instruction("USER") not in ("root", "0")
    entry = json.loads(dockerfile_instruction("ENTRYPOINT"))
    assert entry[:2] == ["ictarchive", "schedule"]
    health = json.loads(re.search(r"CMD (\[.*\])", dockerfile_instruction("HEALTHCHECK")).group(1))
    assert health[:2] == ["ictarchive", "status"]
    build_parser().parse_args(entry[1:])  # both are commands this CLI takes
    volume = json.loads(dockerfile_instruction("VOLUME"))
    assert f"ICTARCHIVE_DATA={volume[0]}" in dockerfile_instruction("ENV").split()
    assert "pip install -c constraints.txt ." in (ROOT / "Dockerfile").read_text()
    # the health check's verdict is status's: an archive never crawled is unhealthy (exit 1), said quietly
    probe = subprocess.run(
        [sys.executable, "-m", "scraper.cli", *health[1:]],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "ICTARCHIVE_DATA": str(tmp_path / "data")},
    )
    assert probe.returncode == 1 and probe.stdout == "", probe.stderr
    compose = (ROOT / "compose.yaml").read_text()
    assert re.search(r"^  scheduler:\n    build: \.", compose, re.MULTILINE)
    assert f"ictarchive-data:{volume[0]}" in compose and "stop_grace_period" in compose


def test_ci_and_the_readme_install_from_the_constraints_file() -> None:
    pins = {
        re.split(r"==", line)[0].lower().replace("_", "-")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if line and not line.startswith("#")
    }
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*declared["dependencies"], *declared["optional-dependencies"]["dev"]]
    names = {re.match(r"[A-Za-z0-9_.-]+", spec).group(0).lower().replace("_", "-") for spec in wanted}
    assert names <= pins, names - pins  # every dependency is pinned
    ci = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    install = "pip install -q -c constraints.txt -e '.[dev]'"
    assert install in ci and install in readme
