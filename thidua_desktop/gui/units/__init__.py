"""Đơn vị hành chính: the unit tree, search, and the office profile dialog."""
