"""The window's pages, in the navigation's order (a module of its own: the window imports it
before it is painted, so it must not pull in anything else)."""

from __future__ import annotations

from enum import IntEnum


class Page(IntEnum):
    DASHBOARD = 0
    UNITS = 1
    CAMPAIGNS = 2
    RESULTS = 3
    SECURITY = 4
    RURAL = 5
    AWARDS = 6
    CLUSTERS = 7
    FUND = 8
    REPORTS = 9
    EXCHANGE = 10
    AUDIT = 11
    SETTINGS = 12
