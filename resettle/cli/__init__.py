"""The command-line face: argparse over the same services the GUI calls."""
