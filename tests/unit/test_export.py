"""`explainer export` writes atomically: a failure leaves the previous output intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import export
from generator.errors import GeneratorError
from generator.export import MARKER, write_pages


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pages_are_written_and_replace_the_previous_export(tmp_path: Path):
    out = tmp_path / "out"
    write_pages({"a/index.md": "old", "stale.md": "gone soon"}, out)
    write_pages({"a/index.md": "new", "index.md": "home"}, out)
    assert tree(out) == {"a/index.md": "new", "index.md": "home", MARKER: tree(out)[MARKER]}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging or backup left


def test_a_failure_while_writing_leaves_the_previous_output_intact(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    write_pages({"a/index.md": "old", "b/index.md": "old"}, out)
    before = tree(out)
    real_write = Path.write_text
    calls = []

    def failing_write(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing_write)
    with pytest.raises(GeneratorError, match="No space left on device"):
        write_pages({"a/index.md": "new", "b/index.md": "new", "c/index.md": "new"}, out)
    monkeypatch.undo()
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_during_the_swap_puts_the_old_folder_back(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    write_pages({"a.md": "old"}, out)
    before = tree(out)
    real_replace = export.os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append((src, dst))
        if len(calls) == 2:  # the old folder is moved aside; moving the new one in fails
            raise OSError(18, "Invalid cross-device link")
        return real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", failing_replace)
    with pytest.raises(GeneratorError):
        write_pages({"a.md": "new"}, out)
    monkeypatch.undo()
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("uri", ["../escape.md", "/etc/passwd.md", "a/../../escape.md"])
def test_page_paths_cannot_leave_the_output_folder(tmp_path: Path, uri):
    out = tmp_path / "out"
    with pytest.raises(GeneratorError, match="leaves the output folder"):
        write_pages({"ok.md": "x", uri: "evil"}, out)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_folder_of_something_else_is_never_replaced(tmp_path: Path):
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work", encoding="utf-8")
    with pytest.raises(GeneratorError, match="not written by 'explainer export'"):
        write_pages({"a.md": "x"}, precious)
    assert tree(precious) == {"thesis.txt": "years of work"}


def test_an_empty_folder_or_a_file_in_the_way(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    write_pages({"a.md": "x"}, empty)
    assert (empty / "a.md").read_text(encoding="utf-8") == "x"
    blocker = tmp_path / "file"
    blocker.write_text("keep", encoding="utf-8")
    with pytest.raises(GeneratorError, match="not a folder"):
        write_pages({"a.md": "x"}, blocker)
    assert blocker.read_text(encoding="utf-8") == "keep"
