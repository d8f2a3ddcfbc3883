"""HTML page builders for the detail pane: every data value escaped."""
