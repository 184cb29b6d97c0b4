"""Nhật ký: the audit trail."""
