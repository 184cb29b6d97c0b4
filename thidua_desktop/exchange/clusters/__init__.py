"""Cụm, khối thi đua packages: the table down, the self-scores up."""
