"""Phong trào thi đua: campaigns, indicators, targets and registrations."""
