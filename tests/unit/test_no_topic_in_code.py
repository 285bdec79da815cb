"""No subject in the code: what belongs to one debate lives in a topic pack under generator/data/topics.

Every string constant of the package's Python code (docstrings aside, comments are not constants)
is checked for words that name a subject. The analysis must work for an article about sanctions,
a stadium or a plane crash with no pack at all.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "generator"
# Words naming the subject of the first debate we met; "model" alone also names spaCy's model.
SUBJECT = re.compile(r"(?i:\b(?:models|weights|llms?|gpt[\w-]*|open[- ]source\w*|open[- ]weights?|chatbots?|"
                     r"artificial intelligence)\b)|\bAI\b")


def _docstrings(tree: ast.AST) -> set[int]:
    """Ids of the string nodes that are docstrings: of modules, classes, functions and attributes."""
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for index, statement in enumerate(body):
            if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)):
                continue
            first = index == 0 and isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            after_assignment = index > 0 and isinstance(body[index - 1], (ast.Assign, ast.AnnAssign))
            if first or after_assignment:
                out.add(id(statement.value))
    return out


def subject_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and SUBJECT.search(node.value)]


def test_no_python_string_constant_names_a_subject():
    found = [line for path in sorted(PACKAGE.rglob("*.py")) for line in subject_strings(path)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("text, hit", [("'open-source models'", True), ("x = 'LLMs'", True), ("'AI'", True),
                                       ("'the spaCy model'", False), ("'said'", False), ("'.ai'", False)])
def test_the_check_itself(tmp_path, text, hit):
    sample = PACKAGE / "_sample_for_the_check.py"
    try:
        sample.write_text(f'"""Docstrings may say open-source models."""\n{text}\n', encoding="utf-8")
        assert bool(subject_strings(sample)) is hit
    finally:
        sample.unlink()


def test_the_core_runs_with_no_topic_pack(nlp, knowledge):
    from generator.analyse.lexicons import load_lexicons
    from generator.analyse.pipeline import run_stages
    from generator.analyse.nlp import make_doc
    from tests.conftest import article_of

    article = article_of("Ministers agreed on Monday to extend sanctions on the steel exporter for a year. "
                         "“The sanctions are working and must stay,” said Helen Carter, the finance minister. "
                         "Critics warned that higher prices will hurt local builders.")
    lexicons = load_lexicons(topics=())
    run = run_stages(article, nlp(make_doc(nlp, article)), knowledge, lexicons=lexicons)
    assert run.analysis.sides.question
    assert any(actor.name == "Helen Carter" for actor in run.analysis.actors)
    assert run.analysis.quotes and run.analysis.quotes[0].speaker == "helen-carter"
    assert run.analysis.positions == ()
