"""Kết quả: the results grid of a campaign and year."""
