"""Write generated pages to a folder atomically: all new files or the old folder intact."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from generator.errors import GeneratorError

# Written into every exported folder, so that a later export knows it may replace it.
MARKER = ".explainer-export"


def write_pages(pages: Mapping[str, str], target: Path) -> None:
    """Write ``pages`` (site path -> Markdown) into ``target``, replacing it in one step.

    The pages are written into a sibling temporary folder first; only when every file is
    written does that folder take the place of ``target``. A folder that exists, is not
    empty and was not written by an earlier export is never replaced.

    Raises:
        GeneratorError: a page path would leave the target folder, the target is a folder
            of something else, or writing failed. The previous output is then intact.
    """
    target = Path(os.path.abspath(target))
    _check_replaceable(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for uri, content in sorted(pages.items()):
            path = (staging / uri).resolve()
            if staging.resolve() not in path.parents:
                raise GeneratorError(f"{uri}: page path leaves the output folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="\n")
        (staging / MARKER).write_text("Written by `explainer export`; replaced by the next export.\n",
                                      encoding="utf-8")
        _swap(staging, target)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise GeneratorError(f"{target}: cannot write the pages: {error}") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_replaceable(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise GeneratorError(f"{target}: exists and is not a folder; choose another output folder")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise GeneratorError(f"{target}: folder is not empty and was not written by 'explainer export'; "
                             f"choose a new or empty folder")


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` in the place of ``target``; put the old folder back if that fails."""
    if not target.exists():
        os.replace(staging, target)
        return
    if not any(target.iterdir()):
        target.rmdir()
        os.replace(staging, target)
        return
    backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
    backup.rmdir()
    os.replace(target, backup)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(backup, target)
        raise
    shutil.rmtree(backup, ignore_errors=True)
