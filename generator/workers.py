"""Analyse articles in forked worker processes while the build goes on.

Starting spaCy costs a couple of seconds (importing it, loading the model), more than
analysing one article. In a one-shot ``mkdocs build`` that cost need not hold the build
up: a forked worker pays it while this process renders the pages of the articles that
came from the cache, and with many articles to analyse each CPU gets its own share.
The result is the same as analysing in this process; if a worker cannot be started or
dies, the build analyses its share here instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from generator.errors import GeneratorError
from generator.model import Analysis, Article

log = logging.getLogger(__name__)

Outcome = Analysis | str
"""An article's analysis, or the problem (one line) that kept it from being analysed."""


@dataclass(frozen=True, slots=True)
class Batch:
    """What analysing some articles gave: one outcome per article, and the model's id."""

    model: str
    outcomes: list[Outcome]


Analyser = Callable[[Sequence[Article]], Batch]

# A worker starts spaCy on its own (about two seconds): below this many articles per
# worker, another worker costs more than it saves.
ARTICLES_PER_WORKER = 20


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def workers_for(count: int, configured: int) -> int:
    """Worker processes for ``count`` articles: ``configured``, or one per CPU when 0."""
    if count == 0:
        return 0
    wanted = configured if configured > 0 else min(os.cpu_count() or 1, -(-count // ARTICLES_PER_WORKER))
    return max(1, min(wanted, count))


@dataclass(slots=True)
class _Worker:
    process: Any
    connection: Connection
    articles: Sequence[Article]


class AnalysedHere:
    """Analysis in this process, done when ``result()`` asks for it."""

    background = False

    def __init__(self, articles: Sequence[Article], analyse: Analyser) -> None:
        self._articles, self._analyse = articles, analyse

    def result(self) -> Batch:
        return self._analyse(self._articles) if self._articles else Batch("", [])


class PendingAnalyses:
    """Analyses under way in worker processes; ``result()`` waits for them, in input order."""

    background = True

    def __init__(self, articles: Sequence[Article], analyse: Analyser, workers: int) -> None:
        self._analyse = analyse
        self._workers: list[_Worker] = []
        context = multiprocessing.get_context("fork")
        # Contiguous shares keep each worker's batches like a single process's.
        size = -(-len(articles) // workers)
        for start in range(0, len(articles), size):
            share = articles[start:start + size]
            receiver, sender = context.Pipe(duplex=False)
            process: Any = context.Process(target=_work, args=(analyse, share, sender), daemon=False)
            try:
                process.start()
            except OSError as error:  # no fork today (limits, memory): analyse here instead
                log.debug("explainer: cannot start an analysis worker: %s", error)
                receiver.close()
                process = None
            sender.close()
            self._workers.append(_Worker(process, receiver, share))

    def result(self) -> Batch:
        batches = [self._collect(worker) for worker in self._workers]
        return Batch(batches[0].model if batches else "", [o for batch in batches for o in batch.outcomes])

    def _collect(self, worker: _Worker) -> Batch:
        if worker.process is None:
            return self._analyse(worker.articles)
        try:
            status, payload = pickle.loads(worker.connection.recv_bytes())
        except Exception:
            status, payload = "died", None
        finally:
            worker.connection.close()
            worker.process.join()
        if status == "error":
            raise payload  # a clear user-facing error, e.g. the model is not installed
        if status != "ok":
            reason = payload if isinstance(payload, str) else f"exit code {worker.process.exitcode}"
            log.warning("explainer: an analysis worker stopped (%s); analysing its articles here", reason)
            return self._analyse(worker.articles)
        return payload


def _work(analyse: Analyser, articles: Sequence[Article], connection: Connection) -> None:
    """In the worker: analyse, send the outcomes (or the error) back, and leave."""
    try:
        message: tuple[str, object] = ("ok", analyse(articles))
    except GeneratorError as error:
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:
            error = GeneratorError(str(error))
        message = ("error", error)
    except BaseException as error:
        message = ("failed", f"{type(error).__name__}: {error}")
    try:
        connection.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        connection.close()
