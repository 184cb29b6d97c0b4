"""The Tổng quan page's figures, counted from the features' own services."""
