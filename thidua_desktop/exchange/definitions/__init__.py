"""Packages that carry definitions and reference data: campaigns, targets, criteria."""
