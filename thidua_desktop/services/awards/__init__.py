"""Khen thưởng: proposals, council review, decisions, recipients and their history."""
