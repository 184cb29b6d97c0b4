"""Reading the audit trail (who changed what, when, and why)."""
