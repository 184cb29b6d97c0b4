"""Certificates on pre-printed blanks: the printing dialog."""
