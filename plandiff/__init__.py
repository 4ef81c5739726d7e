"""plandiff: structured, hand-checked peace-plan data, validated and compared.

Public API (imported lazily so that `plandiff --help` stays fast):
    load_plan(name)  -> Plan      validated plan by id, alias or path (raises PlanError)
    load(name)       -> Checked   the same, with findings as values
    compare(a, b)    -> Diff      the comparison of two plans (plandiff.diff.diff; the name
                                  `diff` is taken by the submodule, so the API calls it compare)
    validate_paths(paths) -> Report
"""

__version__ = "0.1.0"
__all__ = ["load", "load_plan", "compare", "validate_paths", "PlanError", "__version__"]


def __getattr__(name):
    if name in ("load", "load_plan", "compare", "PlanError"):
        from . import api

        return getattr(api, name)
    if name == "validate_paths":
        from .validate import validate_paths

        return validate_paths
    raise AttributeError(f"module 'plandiff' has no attribute {name!r}")
