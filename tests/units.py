"""Counts of the bundled unit lists that several tests check."""

# Unit versions every database holds: Cần Thơ 2022-2025 (93: the city, 9 districts, 83
# communes), the rest of the country on 01/03/2025 (10 716: 62 provinces, their districts with
# the 5 island districts that have no communes, 9 967 communes), and the country from 01/07/2025
# (3 328: 7 provinces with a new code or name, 3 321 communes; the 27 others continue).
UNIT_VERSIONS = 93 + 10_716 + 3_328
