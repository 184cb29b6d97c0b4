"""Cài đặt: letterhead, backups and restore, period locks."""
