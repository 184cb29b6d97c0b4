"""Nông thôn mới: criteria per commune, recognitions, revocations and plans."""
