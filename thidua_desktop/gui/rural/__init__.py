"""Nông thôn mới: criteria checklist, recognitions and plans per commune."""
