"""Tổng quan: the year at a glance."""
