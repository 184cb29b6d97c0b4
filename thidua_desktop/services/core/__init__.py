"""What every feature uses: audit entries, scope, period locks, profile, letterhead, units."""
