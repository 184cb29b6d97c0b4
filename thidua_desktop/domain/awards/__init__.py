"""Khen thưởng rules without a database: titles and forms, the catalogue by date, eligibility."""
