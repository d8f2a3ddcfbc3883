"""The PySide6 and pyqtgraph layer, in rooms that say their role.

Each room imports only the rooms below it (an import-linter contract in ``pyproject.toml``):

- ``window``: the main window and its wiring (chart and map links, menus, layout, user data);
- ``dialogs``: the export, handout and import-preview dialogs;
- ``render``: everything drawn off screen into files, printers and the clipboard;
- ``views``: the widgets (tree, detail pane, chart, map, presentation, notes);
- ``pages`` (HTML page builders) and ``settings`` (the typed QSettings wrapper);
- ``style``: themes, palettes and the text size;
- the ground: ``models`` (Qt item models), ``selection``, ``errors``, ``qtapp``.
"""
