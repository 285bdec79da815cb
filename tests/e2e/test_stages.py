"""A replaced analysis stage: the plugin option ``stages:`` runs another ArgumentFinder, and the site builds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_build import make_project

STUB = '''"""A stub ArgumentFinder: one argument per article, on its first sentence."""

from generator.analyse.contracts import Arguments, Trace
from generator.model import Argument


def one_argument(ctx, cast, quotes, voices, positions):
    first = ctx.article.sentences[0].id
    argument = Argument(id="a-stub", side="for", claim="The stub stage argues this", speaker=None,
                        theme="stub theme", evidence=(first,))
    return Arguments((argument,), {"a-stub": (Trace("arguments", "stub", "made by the stub", (first,)),)})
'''


def test_a_stub_argument_finder_replaces_the_built_in_one_and_the_site_builds(tmp_path: Path):
    project = make_project(tmp_path)
    (project / "stubstage.py").write_text(STUB, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      seeds: seeds\n" in config
    (project / "mkdocs.yml").write_text(config.replace(
        "      seeds: seeds\n", "      seeds: seeds\n      stages:\n        arguments: stubstage:one_argument\n"),
        encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                            cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "meta-llama-2-open-models" / "arguments" / "index.html").read_text(encoding="utf-8")
    assert "The stub stage argues this" in page
    assert "promotes transparency" not in page  # the built-in finder did not run

    # The CLI takes the same choice, and the trace shows the stub's rule.
    cli = subprocess.run([sys.executable, "-m", "generator", "analyse", "seeds/000_838607606c939916.txt", "--json",
                          "--trace", "--stage", "arguments=stubstage:one_argument"],
                         cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert cli.returncode == 0, cli.stderr
    assert '"rule": "stub"' in cli.stdout


def test_an_unknown_stage_is_one_clear_error(tmp_path: Path):
    project = make_project(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace(
        "      seeds: seeds\n", "      seeds: seeds\n      stages:\n        argument: builtin\n"), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")],
                            cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode != 0
    assert "unknown analysis stage 'argument'" in result.stderr
    assert "Traceback" not in result.stderr
