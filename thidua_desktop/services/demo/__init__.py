"""Demonstration data: the Cần Thơ 2023 workspace and the national-size generator."""
