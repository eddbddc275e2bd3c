"""The shell: the composition root, the main window, its menus and side tabs; features are hung here."""
