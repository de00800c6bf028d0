"""govnews: the click CLI composing the three stages (crawler → extract → kb)."""

#: every command accepts -h; set per command (not only on the group) because click caches a
#: command's help option the first time it is invoked, with or without the group around it
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
