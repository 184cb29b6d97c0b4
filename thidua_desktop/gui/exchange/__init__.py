"""Trao đổi dữ liệu: send and receive data packages."""
