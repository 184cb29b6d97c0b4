"""Khen thưởng: proposals, lines, council votes, decisions and look-ups."""
