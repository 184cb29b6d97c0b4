"""The Quỹ thi đua, khen thưởng page: the year's fund book and its dialogs."""
