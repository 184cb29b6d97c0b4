"""Files attached to records: kept in the data folder by the SHA-256 of their bytes."""
