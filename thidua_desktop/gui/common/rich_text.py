"""Data shown in rich-text labels: every name, title or message from the records goes through
`escape`, so "A <b>&</b>" prints as typed instead of as markup."""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """`text` as rich-text content (&, <, >, quotes escaped)."""
    return html.escape(text, quote=True)
