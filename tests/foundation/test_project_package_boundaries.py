"""The project package imports no app's models: apps feed it through the search registry."""

import ast
from pathlib import Path

import leernetwerk

APP_MODELS = {"meetings.models", "glossary.models", "members.models", "projects.models"}
PROJECT_PACKAGE = Path(leernetwerk.__file__).parent


def imported_modules(tree: ast.Module) -> set[str]:
    """Return every module this code imports, `from meetings import models` as meetings.models."""
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def app_models_imported_by(source: str) -> set[str]:
    return {
        module
        for module in imported_modules(ast.parse(source))
        if any(module == models or module.startswith(f"{models}.") for models in APP_MODELS)
    }


def test_no_module_in_the_project_package_imports_an_apps_models():
    offenders = {
        str(path.relative_to(PROJECT_PACKAGE.parent)): sorted(found)
        for path in sorted(PROJECT_PACKAGE.rglob("*.py"))
        if (found := app_models_imported_by(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_check_sees_every_way_of_importing_an_apps_models():
    assert app_models_imported_by("from meetings.models import Meeting") == {
        "meetings.models",
        "meetings.models.Meeting",
    }
    assert app_models_imported_by("import glossary.models") == {"glossary.models"}
    assert app_models_imported_by("from projects import models") == {"projects.models"}
    assert app_models_imported_by(
        "def f():\n    from members.models import User\n    return User"
    ) == {"members.models", "members.models.User"}
    assert app_models_imported_by("from members.roles import is_approved_member") == set()
