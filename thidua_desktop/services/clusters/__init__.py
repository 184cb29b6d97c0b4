"""Cụm, khối thi đua: clusters of a year, their scoring tables, scores and rankings."""
