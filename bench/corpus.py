"""Synthetic corpora for the benchmark, and the plain Material site to compare with.

Articles are about 500 words each, stitched from paragraphs of our own fixture and
evaluation articles (so they carry names, quotes, dates and numbers), chosen with a
seeded random generator: the same count gives the same corpus on every machine.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import yaml

from generator.errors import IngestError
from generator.ingest import read_article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "tests" / "evalset").glob("*/article.*")),
           *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.*"))]
WORDS = 500


def paragraph_pool() -> list[str]:
    """Paragraphs (and blockquotes) of every source article, in a fixed order."""
    pool: list[str] = []
    for path in SOURCES:
        if path.suffix not in (".md", ".txt", ".html"):
            continue
        try:
            article = read_article(path)
        except IngestError:
            continue
        pool.extend(block.text for block in article.blocks
                    if block.kind in ("paragraph", "blockquote") and len(block.text.split()) >= 12)
    return pool


def synthetic_article(number: int, pool: list[str]) -> str:
    """Markdown with front matter: a title, a date and about 500 words of paragraphs."""
    rng = random.Random(number)
    paragraphs: list[str] = []
    words = 0
    while words < WORDS:
        text = rng.choice(pool)
        paragraphs.append(text)
        words += len(text.split())
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    meta = {"title": f"Synthetic report {number}: {' '.join(paragraphs[0].split()[:6])}",
            "published": f"{year}-{month:02d}-{day:02d}", "source": "Bench Gazette"}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n\n" + \
        "\n\n".join(paragraphs) + "\n"


def write_project(folder: Path, count: int, *, seeds_from: list[Path] | None = None) -> Path:
    """A project like the repository's (same mkdocs.yml and docs/) with ``count`` articles."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    seeds = folder / "seeds"
    seeds.mkdir()
    if seeds_from is not None:
        for path in seeds_from:
            shutil.copy(path, seeds / path.name)
        return folder
    pool = paragraph_pool()
    for number in range(count):
        (seeds / f"article-{number:04d}.md").write_text(synthetic_article(number, pool), encoding="utf-8")
    return folder


def write_plain_project(folder: Path, pages: dict[str, str], nav: list[object]) -> Path:
    """A plain Material site: the same mkdocs.yml without our plugin, the same pages on disk.

    The pages are exactly the Markdown the explainer generates for the corpus, so the plain
    build is the floor MkDocs itself sets for that site (same pages, same sizes, same
    Markdown extensions, the navigation ``nav`` gives); only the explainer plugin is missing.
    """
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    from mkdocs.utils.yaml import yaml_load  # resolves !ENV and MkDocs' other tags

    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["nav"] = nav
    config["plugins"] = [p for p in config.get("plugins", [])
                         if not (p == "explainer" or (isinstance(p, dict) and "explainer" in p))]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    shutil.copytree(ROOT / "docs", folder / "docs")
    for uri, content in pages.items():
        path = folder / "docs" / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return folder


def change_one_article(seeds: Path, run: int) -> None:
    """Edit the first article so that it differs from every earlier version."""
    path = sorted(seeds.glob("*.*"))[0]
    text = path.read_text(encoding="utf-8")
    marker = "\n\nEditor's update: "
    text = text.split(marker)[0].rstrip("\n")
    path.write_text(text + f"{marker}the council said on Monday that {run * 7 + 3} percent agreed.\n",
                    encoding="utf-8")
