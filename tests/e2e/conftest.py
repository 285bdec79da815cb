"""A built site served on localhost, shared by the site and browser tests of a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools.site import built_and_served


@pytest.fixture(scope="session")
def served_site(tmp_path_factory) -> Iterator[tuple[Path, str]]:
    """(folder of the built site, its base URL on 127.0.0.1)."""
    site = tmp_path_factory.mktemp("served") / "site"
    with built_and_served(site) as base:
        yield site, base
