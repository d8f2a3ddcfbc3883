"""Qt item models over the plain node trees and tables built in ``core``."""
