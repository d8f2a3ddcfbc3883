"""Widgets: the navigation tree, detail pane, chart, map, presentation and notes panel."""
