"""An ninh trật tự: "3 không" and ANTT per ward/commune."""
