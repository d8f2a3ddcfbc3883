"""Off-screen drawing: chart and map files, handouts, clipboard copies, vector devices."""
