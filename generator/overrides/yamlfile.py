"""YAML that remembers where each key was written, so errors can name the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.errors import IngestError
from generator.ingest.metadata import DateCheckingLoader, yaml_problem


class LineMap(dict[Any, Any]):
    """A mapping read from YAML, with the 1-based line of itself and of each key."""

    line: int = 0
    lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """Line where ``key`` was written, or the mapping's own line."""
        return self.lines.get(key, self.line)


class _Loader(DateCheckingLoader):
    """A safe loader whose mappings are :class:`LineMap` and reject duplicate keys."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    mapping = LineMap()
    mapping.line = node.start_mark.line + 1
    mapping.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(None, None, "a key must be a plain value",
                                                    key_node.start_mark) from None
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"'{key}' is written twice (the first is on line {mapping.lines[key]})",
                key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml_file(path: Path) -> LineMap:
    """Read a YAML mapping from ``path``; an empty file is an empty mapping.

    Raises:
        IngestError: the file cannot be read, is not valid YAML or is not a mapping; the
            message names the file and line.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise IngestError(path, f"cannot read the overrides file: {error}") from error
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        problem, line = yaml_problem(error, "YAML in the overrides file")
        raise IngestError(path, problem, line=None if line is None else line + 1) from error
    if data is None:
        empty = LineMap()
        empty.line, empty.lines = 1, {}
        return empty
    if not isinstance(data, LineMap):
        raise IngestError(path, "an overrides file must be a YAML mapping (keys such as 'quotes:')", line=1)
    return data
