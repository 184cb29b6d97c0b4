"""Campaigns, their indicators and targets, results and registrations."""
