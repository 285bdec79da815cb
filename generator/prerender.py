"""Converting the generated pages' Markdown to HTML on every core while MkDocs builds.

MkDocs converts each page's Markdown in one process, one page after the other; on a big site
that is most of a build. When the navigation is known (``on_nav``), forked workers take shares
of the generated pages and convert them exactly as MkDocs would (``Page.render`` with the
site's Markdown extensions, links and anchors resolved against the same files), while MkDocs
goes on with the share this process keeps. When MkDocs then reaches a page a worker converted,
the page's ``render`` takes the worker's result, provided the Markdown is byte for byte the
one the worker converted (a plugin may have changed it since); otherwise it converts as usual.
Warnings a worker's conversion logged are logged again here, so ``--strict`` sees them.

This module imports MkDocs, like :mod:`generator.plugin`, which is its only user.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
import types
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

log = logging.getLogger(__name__)

MIN_PAGES = 40
"""Fewer generated pages than this are converted in this process: forking would cost more."""


@dataclass(frozen=True)
class Converted:
    """What ``Page.render`` leaves on a page, in a form that crosses processes."""

    digest: str
    content: str
    toc: Any
    title: str | None
    anchors: frozenset[str]
    links_to_anchors: dict[str, dict[str, str]] | None
    logged: tuple[tuple[str, int, str], ...] = field(default=())


def _digest(markdown: str) -> str:
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()


class _Records(logging.Handler):
    """Keeps the warnings a conversion logs, to send them to the parent."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _convert(page: Page, config: MkDocsConfig, files: Files) -> Converted:
    page.read_source(config)
    assert page.markdown is not None
    digest = _digest(page.markdown)
    records = _Records()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(records)
    try:
        page.render(config, files)
    finally:
        logger.removeHandler(records)
    links = getattr(page, "links_to_anchors", None)
    return Converted(digest, page.content or "", page.toc, page._title_from_render,
                     frozenset(page.present_anchor_ids or ()),
                     {target.src_uri: dict(anchors) for target, anchors in links.items()} if links else None,
                     tuple(records.records))


def _work(pages: Sequence[Page], config: MkDocsConfig, files: Files, sender: Connection) -> None:
    # The child shares the parent's terminal: it prints nothing itself; the parent logs for it.
    for name in ("mkdocs", ""):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = False
    try:
        out = {}
        for page in pages:
            try:
                out[page.file.src_uri] = _convert(page, config, files)
            except Exception:
                continue
        sender.send_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        sender.close()
        os._exit(0)  # no atexit handlers of the parent's build in the child


class Prerender:
    """Workers converting shares of the generated pages; :meth:`install` hands their results over."""

    def __init__(self, config: MkDocsConfig, files: Files, generated: Sequence[File], workers: int, *,
                 at_least: int = MIN_PAGES) -> None:
        self._files = files
        self._receivers: list[Connection] = []
        self._results: dict[str, Converted] = {}
        self._kept: set[str] = set()
        self.used = 0
        """Pages whose conversion came from a worker."""
        self.workers = 0
        pages = [f.page for f in generated if f.page is not None]
        if workers < 1 or len(pages) < at_least or "fork" not in multiprocessing.get_all_start_methods():
            self._kept = {page.file.src_uri for page in pages}
            return
        context = multiprocessing.get_context("fork")
        # Round-robin shares: the pages of one explainer (similar sizes) spread over every process.
        shares = [pages[start::workers + 1] for start in range(workers + 1)]
        self._kept = {page.file.src_uri for page in shares[0]}
        for share in shares[1:]:
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(share, config, files, sender), daemon=True)
            try:
                process.start()
            except OSError as error:  # no fork today: this process converts the share itself
                log.debug("explainer: cannot start a rendering worker: %s", error)
                receiver.close()
                continue
            sender.close()
            self._receivers.append(receiver)
        self.workers = len(self._receivers)

    def _collect(self) -> None:
        for receiver in self._receivers:
            try:
                self._results.update(pickle.loads(receiver.recv_bytes()))
            except (EOFError, OSError, pickle.UnpicklingError) as error:
                log.debug("explainer: a rendering worker gave nothing back: %s", error)
            finally:
                receiver.close()
        self._receivers = []

    def install(self, page: Page) -> None:
        """Let ``page.render`` use a worker's conversion of the page, when there is one."""
        uri = page.file.src_uri
        if uri in self._kept:
            return
        if self._receivers:
            self._collect()
        converted = self._results.pop(uri, None)
        if converted is None:
            return
        original = page.render
        files = self._files
        prerender = self

        def render(self: Page, config: MkDocsConfig, files_now: Files) -> None:
            if self.markdown is None or _digest(self.markdown) != converted.digest:
                original(config, files_now)  # a plugin changed the Markdown: convert it here
                return
            for name, level, message in converted.logged:
                logging.getLogger(name).log(level, message)
            self.content, self.toc, self._title_from_render = converted.content, converted.toc, converted.title
            prerender.used += 1
            self.present_anchor_ids = set(converted.anchors)
            if converted.links_to_anchors is not None:
                links: dict[File, dict[str, str]] = {}
                for target, anchors in converted.links_to_anchors.items():
                    found = files.get_file_from_path(target)
                    if found is not None:
                        links[found] = anchors
                self.links_to_anchors = links

        page.render = types.MethodType(render, page)  # type: ignore[method-assign]

    def close(self) -> None:
        for receiver in self._receivers:
            receiver.close()
        self._receivers = []
        self._results = {}
