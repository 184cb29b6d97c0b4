"""thidua_desktop: emulation and commendation tracking for district and commune offices."""

__version__ = "0.1.0"
APP_NAME = "thidua-desktop"
APP_TITLE = "Thi đua - Khen thưởng"
