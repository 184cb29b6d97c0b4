"""Báo cáo: choose, preview and save a report."""
