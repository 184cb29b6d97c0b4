"""Use cases of the quỹ thi đua, khen thưởng (the office's fund book)."""
