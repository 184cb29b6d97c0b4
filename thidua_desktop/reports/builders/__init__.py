"""Report builders: each turns service results into a DocumentSpec (common holds the toolkit)."""
