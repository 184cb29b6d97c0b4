"""What a data package carries: one definition per table, and their order."""
