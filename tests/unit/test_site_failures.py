"""A bug in the analysis of one article costs that article, not the whole site."""

from __future__ import annotations

from pathlib import Path

from generator.analyse import pipeline as run
from generator.site import SiteOptions, build_site


def test_an_article_whose_analysis_fails_is_skipped_with_one_line(tmp_path: Path, monkeypatch, nlp):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("The council met on Monday. “We agree,” said Ana Ruiz.\n", encoding="utf-8")
    (seeds / "bad.txt").write_text("The trigger word is here. Nothing else happens.\n", encoding="utf-8")
    real = run.analyse_doc

    def failing(article, doc, knowledge, **options):
        if "trigger" in article.text:
            raise ValueError("an unexpected shape")
        return real(article, doc, knowledge, **options)

    monkeypatch.setattr(run, "analyse_doc", failing)
    build = build_site(SiteOptions(seeds=seeds))
    assert [a.article.slug for a in build.analyses] == ["good"]
    assert len(build.problems) == 1
    assert str(seeds / "bad.txt") in build.problems[0] and "analysis failed" in build.problems[0]
    assert "good/index.md" in build.pages and not any(uri.startswith("bad/") for uri in build.pages)
