"""The Cụm, khối thi đua page."""
