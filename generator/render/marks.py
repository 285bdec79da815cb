"""Editor's marks: a visible "edited" badge and the editor's note beside a corrected item."""

from __future__ import annotations

from generator.model import Analysis
from generator.render.escape import Trusted, escape_markdown, escape_tooltip


def edit_marks(analysis: Analysis, target: str | None) -> Trusted:
    """Inline Markdown for the editor's changes to ``target``; empty when nobody changed it.

    The badge's tooltip lists the changes; the note, if any, follows as its own span. Both
    are escaped: an editor's words are treated like article text.
    """
    edit = analysis.edit(target)
    if edit is None:
        return Trusted("")
    parts = []
    if edit.changes:
        tooltip = "Changed by an editor: " + "; ".join(edit.changes)
        parts.append(f'<span class="editor-mark" title="{escape_tooltip(tooltip)}">edited</span>')
    if edit.note:
        parts.append(f'<span class="editor-note"><strong>Editor&#39;s note:</strong> '
                     f'{escape_markdown(edit.note)}</span>')
    return Trusted(" " + " ".join(parts) if parts else "")
