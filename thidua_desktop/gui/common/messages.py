"""Sentences of the domain and the services in the interface language (see domain.messages)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from thidua_desktop.domain.messages import Message


def say(text: Any) -> str:
    """`text` as the interface says it: a Message through the catalogue, other text as is."""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate("ServiceMessages", text.template)
    if template == text.template:
        return str(text)  # Vietnamese, or not translated: the sentence as made
    values = {
        key: say(value) if isinstance(value, str) else value for key, value in text.params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(text)
