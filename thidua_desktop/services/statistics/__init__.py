"""The annual statistics of TĐKT work: the forms, and the bodies and staff they count."""
