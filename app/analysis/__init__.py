"""Analyses of a clip (#17): faces found in it, and the people they belong to."""
