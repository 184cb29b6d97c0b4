""" "3 không" and "an toàn về an ninh, trật tự": statuses per ward/commune and their shares."""
