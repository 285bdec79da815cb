"""The MkDocs plugin: runs the pipeline inside ``mkdocs build`` and ``mkdocs serve``.

With ``config.py`` (its options, which the CLI reads too), the only module that imports
MkDocs. Pages are generated in memory with ``File.generated``; nothing is written into ``docs/``.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.config import ExplainerConfig, site_options
from generator.errors import GeneratorError
from generator.site import PreparedSite, SiteOptions, build_site, navigation, prepare_site, unlisted_pages

log = logging.getLogger("mkdocs.plugins.explainer")


class PrunedNavigation:
    """The site's navigation as one page shows it: home, the explainers' index, the
    cross-article pages and, on an explainer's page, that explainer's own pages.

    MkDocs keeps the whole navigation (pages know their section); each page's template gets
    a view without the other explainers, built in constant time from the parts they share.
    """

    def __init__(self, nav: Navigation, explainers: set[str]) -> None:
        self.nav = nav
        self._common: list[Any] = []
        self._position: dict[int, int] = {}
        """Section id -> where it goes in ``_common``."""
        for item in nav.items:
            first = item.children[0] if isinstance(item, Section) and item.children else None
            if isinstance(first, Page) and first.file.src_uri in explainers:
                self._position[id(item)] = len(self._common)
            else:
                self._common.append(item)

    def for_page(self, page: Page | None) -> Navigation:
        """The navigation that ``page`` shows (``None``: a page outside every explainer)."""
        top: Any = page
        while top is not None and top.parent is not None:
            top = top.parent
        items = list(self._common)
        position = self._position.get(id(top))
        if position is not None:
            items.insert(position, top)
        return Navigation(items, self.nav.pages)


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Adds an explainer for every article in the seeds folder."""

    _one_shot = False
    _prepared: PreparedSite | None = None
    _theme_cache: Any = None
    _generated: list[File] = []
    _prerender: Any = None
    _pruned: PrunedNavigation | None = None
    _explainers: set[str] = set()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # ``mkdocs serve`` rebuilds in this process: it keeps spaCy loaded here. A one-shot
        # build analyses in a worker instead, while this process renders cached articles.
        self._one_shot = command in ("build", "gh-deploy")

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        base_dir = Path(config.config_file_path or ".").resolve().parent
        self._seeds = (base_dir / self.config.seeds).resolve()
        self._base_dir = base_dir
        from generator.analyse.registry import check_choices

        try:
            check_choices(self.config.stages)
        except GeneratorError as error:
            raise PluginError(f"explainer: {error}") from error
        return config

    def _options(self, config: MkDocsConfig) -> SiteOptions:
        return site_options(self.config, self._base_dir, site_name=config.site_name, background=self._one_shot)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Start analysing before MkDocs collects its files: a worker can load spaCy meanwhile.
        self._prepared = None
        if self.config.enabled:
            try:
                self._prepared = prepare_site(self._options(config))
            except GeneratorError as error:
                raise PluginError(str(error)) from error

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return files
        try:
            build = build_site(self._options(config), prepared=self._prepared,
                               while_waiting=lambda: self._precompile_theme(config))
        except GeneratorError as error:
            raise PluginError(str(error)) from error
        finally:
            self._prepared = None
        for problem in build.problems:
            log.warning("skipped %s", problem)
        for warning in build.warnings:
            log.warning(warning)
        self._generated = []
        unlisted = unlisted_pages(build)
        for uri, content in sorted(build.pages.items()):
            if files.get_file_from_path(uri) is not None:
                if uri == "index.md":
                    continue  # a hand-written home page wins
                raise PluginError(f"docs/{uri} would be overwritten by a generated page; rename it")
            inclusion = InclusionLevel.NOT_IN_NAV if uri in unlisted else InclusionLevel.UNDEFINED
            generated = File.generated(config, uri, content=content, inclusion=inclusion)
            files.append(generated)
            self._generated.append(generated)
        self._pruned, self._explainers = None, set()
        if self.config.nav and not config.nav:
            config.nav = navigation(build)
            self._explainers = {f"{analysis.article.slug}/index.md" for analysis in build.analyses}
        log.info("explainer: %d article(s) (%d analysed, %d from the cache), %d page(s)",
                 len(build.analyses), build.analysed, build.cached, len(build.pages))
        return files

    def on_nav(self, nav: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        # Pages exist now: other cores can convert shares of the generated pages' Markdown.
        if self.config.enabled and self._generated:
            from generator.prerender import MIN_PAGES, Prerender

            chosen = self.config.render_processes
            processes = chosen or os.cpu_count() or 1
            # Chosen by the user, the processes run however small the site; on their own, from MIN_PAGES.
            self._prerender = Prerender(config, files, self._generated, workers=processes - 1,
                                        at_least=1 if chosen else MIN_PAGES)
        self._pruned = PrunedNavigation(nav, self._explainers) if self._explainers else None
        return nav

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: MkDocsConfig, files: Files) -> str | None:
        if self._prerender is not None:
            self._prerender.install(page)
        return markdown

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        return self._use_theme_cache(env)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._prerender is not None:
            if self._prerender.workers:
                log.info("explainer: %d of %d generated pages converted in %d other process(es)",
                         self._prerender.used, len(self._generated), self._prerender.workers)
            self._prerender.close()
            self._prerender = None

    def on_build_error(self, *, error: Exception) -> None:
        self.on_post_build(config=None)  # type: ignore[arg-type]

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext | None:
        # Every page lists the site's sections and its own explainer's pages, not the others'.
        if self._pruned is not None and self._pruned.nav is nav:
            context["nav"] = self._pruned.for_page(page)
        return context

    def on_template_context(self, context: TemplateContext, /, *, template_name: str,
                            config: MkDocsConfig) -> TemplateContext | None:
        if self._pruned is not None and context.get("nav") is self._pruned.nav:
            context["nav"] = self._pruned.for_page(None)  # the 404 page
        return context

    def _precompile_theme(self, config: MkDocsConfig) -> None:
        from generator.themecache import ENTRY_TEMPLATES, precompile

        entries = [*ENTRY_TEMPLATES, *sorted(config.theme.static_templates)]
        self._theme_cache = precompile(config.theme.get_env(), entries)

    def _use_theme_cache(self, env: Any) -> Any:
        # Templates compiled while the analysis workers ran (see generator/themecache.py).
        if self._theme_cache is not None:
            env.bytecode_cache, self._theme_cache = self._theme_cache, None
        return env

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        if self.config.enabled and self._seeds.is_dir():
            server.watch(str(self._seeds))
            # Knowledge, glossary and template edits change pages too: rebuild on them.
            options = self._options(config)
            for path in (*options.knowledge, *options.glossary, options.templates):
                if path and Path(path).exists():
                    server.watch(path)
        return server
