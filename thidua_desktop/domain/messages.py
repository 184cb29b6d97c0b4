"""Sentences for people that remember how they were made, so the interface can say them in its
language.

The domain and the services speak Vietnamese: every refusal, warning and note is a Vietnamese
sentence, and the command line, the reports and the logs use it as it is. A sentence built with
`msg` is such a string (a `str`, equal to the Vietnamese text, usable wherever a string is) that
also keeps its template and the values put into it. The window, in English, looks the template up
in its translation catalogue (context "ServiceMessages", extracted from the `msg("…")` calls of the
code by `translations_build`) and fills in the same values::

    raise InvalidInput(msg("Năm {year} nằm ngoài thời gian của phong trào.", year=2027))

Values are given already written the Vietnamese way ("9,5", "05/01/2023") or as other messages,
which are translated in turn. A sentence made by joining strings is a plain `str` again and stays
Vietnamese.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """Vietnamese text (the string itself) with its `template` and `params`."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Message:
        made = super().__new__(cls, template.format(**params))
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (a worker's exception) as itself
        return (Message, (self.template, self.params))


def msg(template: str, /, **params: Any) -> Message:
    """The sentence `template` with `params` filled in (str.format); literal braces doubled."""
    return Message(template, params)
