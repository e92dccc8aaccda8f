"""What both roles' views share: jobs, prompts, formats, language, settings, widgets, dialogs."""
