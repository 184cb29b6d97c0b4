"""Data safety: backups and restore, the integrity check, the pause on imports."""
