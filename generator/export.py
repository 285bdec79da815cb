"""Write generated pages to a folder atomically: all new files or the old folder intact."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from generator.errors import GeneratorError


def write_pages(pages: Mapping[str, str], target: Path) -> None:
    """Write ``pages`` (site path -> Markdown) into ``target``, replacing it in one step.

    The pages are written into a sibling temporary folder first; only when every file is
    written does that folder take the place of ``target``.

    Raises:
        GeneratorError: a page path would leave the target folder, or writing failed.
    """
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for uri, content in sorted(pages.items()):
            path = (staging / uri).resolve()
            if staging not in path.parents:
                raise GeneratorError(f"{uri}: page path leaves the output folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="\n")
        backup = None
        if target.exists():
            backup = target.with_name(f".{target.name}.old")
            if backup.exists():
                shutil.rmtree(backup)
            os.replace(target, backup)
        os.replace(staging, target)
        if backup is not None:
            shutil.rmtree(backup, ignore_errors=True)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise GeneratorError(f"{target}: cannot write the pages: {error}") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
