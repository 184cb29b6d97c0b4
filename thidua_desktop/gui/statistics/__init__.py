"""The annual statistics: the TĐKT bodies and staff panel of Cài đặt."""
