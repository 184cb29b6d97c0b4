"""Bundled reference data sets read into plain, validated rows, one module per feature."""
