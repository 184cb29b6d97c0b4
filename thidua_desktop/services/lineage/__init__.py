"""A unit's records through the succession of units: its own and its predecessors'."""
