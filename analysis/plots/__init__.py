"""Plot functions: one module per chart family, Axes in, Axes out.

Every function takes tables (DataFrames) and keyword-only options, draws on
``ax`` (the current Axes when ``None``) and returns the Axes. None of them
computes anything from text.
"""
