"""`python -m synq_coalesce_cli`: the `synq-coalesce` console script."""

from . import main

if __name__ == "__main__":  # not when a documentation tool imports every module
    main()
