"""Certificates printed on pre-printed blanks: layouts, calibration, a decision's batch."""
