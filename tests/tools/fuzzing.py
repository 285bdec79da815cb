"""Random articles and the pipeline's invariants, shared by the property tests and the fuzz run.

An article is built from pieces that exercise every stage: sentences with names, quotes,
dates and figures, hostile payloads, stray punctuation and odd Unicode. The invariants:
ingest either gives an article or an :class:`IngestError`; analysis does not crash and
every citation points to an existing sentence; every rendered page converts with the
Markdown extensions of ``mkdocs.yml`` and adds no dangerous element or attribute.
"""

from __future__ import annotations

import dataclasses
import functools
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markdown
import yaml
from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = (ROOT / "tests" / "fixtures" / "hostile" / "payloads.txt").read_text(encoding="utf-8").split("\n")[:-1]
NAMES = ["Maria Okafor", "the mayor", "Port Alden Council", "Dr. Jane Smith", "OpenAI", "Meta", "Li Wei",
         "José Álvarez", "Ahmed Al-Farsi", "the European Union (EU)", "NATO", "Mr. Brown"]
VERBS = ["said", "argued", "warned", "told reporters", "claimed", "added", "insisted"]
WORDS = ("the bridge toll council vote plan would cost million people city open model risk safety jobs "
         "because however but and not never will support oppose against for benefit harm").split()
ODD = ["\u200b", "\u202e", "\u00a0", "\t", "\r\n", "\r", "…", "—", "«", "»", "„", "“", "”", "‘", "’", "🙂",
       "\u0301", "ß", "İ", "\ufeff", "\x0c", "\u2028", "\u0085", "$", "€", "%", "&", "#", "*", "_", "|", ">"]
DATES = ["on March 3, 2024", "in 2025", "last Monday", "by 2030", "in June", "on 12 April 2026", "yesterday"]
FIGURES = ["$5 million", "40 percent", "1,200 jobs", "three times", "€2.5bn", "7%", "one in four"]
FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "input", "img", "svg", "math",
                  "base", "meta", "link", "video", "audio", "textarea", "button", "frame", "template"}
_DANGEROUS_URL = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)


def sentence(rng: random.Random) -> str:
    kind = rng.randrange(7)
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14)))
    if kind == 0:
        return f"“{words.capitalize()},” {rng.choice(VERBS)} {rng.choice(NAMES)}."
    if kind == 1:
        return f"{rng.choice(NAMES)} {rng.choice(VERBS)} {rng.choice(DATES)} that {words} {rng.choice(FIGURES)}."
    if kind == 2:
        return f"{words.capitalize()} {rng.choice(PAYLOADS)} {rng.choice(WORDS)}."
    if kind == 3:
        return rng.choice(PAYLOADS)
    if kind == 4:
        return "".join(rng.choice(ODD + list(WORDS)) + rng.choice(["", " "]) for _ in range(rng.randint(1, 20)))
    if kind == 5:
        return f"{rng.choice(NAMES)}: “{words}” {rng.choice(DATES)}?"
    return words.capitalize() + rng.choice([".", "!", "?", "", "...", ":"])


def article_text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(0, 8)):
        paragraphs.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 4))))
    return rng.choice(["\n\n", "\n", "\n\n\n", "\r\n\r\n"]).join(paragraphs)


def metadata(rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in ("title", "author", "source", "question", "url", "slug"):
        if rng.random() < 0.4:
            values[key] = rng.choice(PAYLOADS + NAMES + ["", "https://example.org/a?b=1&c=<x>", "javascript:x"])
    if rng.random() < 0.3:
        values["published"] = rng.choice(["2024-05-01", "2024", "May 2024", "soon", 2024, "2024-13-45"])
    return values


def random_case(rng: random.Random) -> tuple[str, bytes]:
    """A file name and its bytes: text, Markdown with front matter, or an HTML page."""
    text = article_text(rng)
    fmt = rng.choice(["txt", "md", "html"])
    if fmt == "md":
        meta = metadata(rng)
        head = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" if meta else ""
        data = (head + text).encode("utf-8", "surrogatepass")
    elif fmt == "html":
        import html as html_lib

        body = "".join(f"<p>{html_lib.escape(p)}</p>" for p in text.split("\n") if p.strip())
        title = html_lib.escape(str(rng.choice(PAYLOADS + NAMES)))
        data = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>".encode()
    else:
        data = text.encode(rng.choice(["utf-8", "utf-8", "utf-16", "cp1252"]), "replace")
    return f"case.{fmt}", data


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml; ``!ENV [NAME, default]`` gives its default."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: (loader.construct_sequence(node) or [None])[-1]
                              if isinstance(node, yaml.SequenceNode) else None)


@functools.lru_cache(maxsize=1)
def converter() -> markdown.Markdown:
    """Python-Markdown with the extensions and options of mkdocs.yml, made once; reset it before use."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    names, options = [], {}
    for entry in config.get("markdown_extensions", []):
        name, opts = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        options[name] = opts or {}
    return markdown.Markdown(extensions=names, extension_configs=options)


def citations(value: Any) -> Iterator[str]:
    """Every sentence id the analysis cites, wherever it sits in the model."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name in ("evidence", "mentions"):
                yield from item
            elif field.name != "article":
                yield from citations(item)
    elif isinstance(value, tuple):
        for item in value:
            yield from citations(item)


def markdown_problems(uri: str, page: str) -> list[str]:
    """Dangerous output of one rendered page once Python-Markdown has converted it."""
    body = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.DOTALL)
    md = converter()
    md.reset()
    html = md.convert(body)
    problems = []
    if not html.strip():
        return problems
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in FORBIDDEN_TAGS:
            problems.append(f"{uri}: <{element.tag}> in the page")
        for name, value in element.attrib.items():
            if name.startswith("on"):
                problems.append(f"{uri}: {name}= on <{element.tag}>")
            if name in ("href", "src") and _DANGEROUS_URL.match(value):
                problems.append(f"{uri}: {name}={value!r}")
    front = re.match(r"\A---\n(.*?\n)---\n", page, flags=re.DOTALL)
    if front:
        meta = yaml.safe_load(front.group(1))
        if "<" in str(meta.get("title", "")):
            problems.append(f"{uri}: raw '<' in the front matter title")
    return problems


def check_case(name: str, data: bytes, folder: Path, nlp: Any, knowledge: Any) -> list[str]:
    """Run one file through the pipeline; return the broken invariants (empty when all hold)."""
    from generator.analyse import analyse_articles
    from generator.errors import IngestError
    from generator.ingest import read_article
    from generator.render.pages import render_article

    path = folder / name
    path.write_bytes(data)
    try:
        article = read_article(path)
    except IngestError as error:
        return [] if str(error).startswith(str(path)) and "\n" not in str(error) else [f"bad error: {error}"]
    problems = []
    for sentence in article.sentences:
        if article.text[sentence.start:sentence.end] != sentence.text:
            problems.append(f"sentence {sentence.id} offsets do not match its text")
    analysis = next(analyse_articles(nlp, [article], knowledge))
    ids = {s.id for s in article.sentences}
    missing = sorted(set(citations(analysis)) - ids)
    if missing:
        problems.append(f"citations of missing sentences: {missing[:5]}")
    for uri, page in render_article(analysis, model_name="fuzz").items():
        problems.extend(markdown_problems(uri, page))
    return problems
