"""`python -m synq_coalesce_cli`: the `synq-coalesce` console script."""

from . import main

main()
