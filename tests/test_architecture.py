"""The house rules of src/qa_bot: each stage imports only the stages below it, and no module imports itself back.

Read from the source with ``ast``, every import counted (at the top of a module or inside a function),
so a lazy import cannot hide a circle.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "qa_bot"

# the data flow, bottom up; a module may import its own stage and the ones before it
STAGES = ["types", "settings", "errors", "language", "ingest", "store", "answer", "chat", "bot",
          "evaluation", "ui", "cli"]
RANK = {"types": 0, "settings": 0, "errors": 0, **{s: i for i, s in enumerate(STAGES) if i > 2}}


def _modules() -> dict[str, Path]:
    return {".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts): p
            for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    out = set()
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            if not base.startswith("qa_bot"):
                continue
            for alias in node.names:  # `from qa_bot.answer import scorer` imports a module
                target = f"{base}.{alias.name}"
                out.add(target if target in known else base)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("qa_bot."))
    return {m for m in out if m in known and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _stage(module: str) -> str:
    return module.split(".")[1]


def test_no_module_imports_a_stage_above_its_own():
    upward = [(m, d) for m, deps in _graph().items() if m != "qa_bot.__init__" and m != "qa_bot"
              for d in deps if RANK[_stage(d)] > RANK[_stage(m)]]
    assert upward == []


def test_there_are_no_import_circles():
    graph = {m: d for m, d in _graph().items() if m != "qa_bot"}  # the facade imports everything, on purpose
    seen, on_path, circles = set(), [], []

    def visit(m):
        if m in on_path:
            circles.append(on_path[on_path.index(m):] + [m])
            return
        if m in seen:
            return
        seen.add(m)
        on_path.append(m)
        for d in sorted(graph.get(m, ())):
            visit(d)
        on_path.pop()

    for m in sorted(graph):
        visit(m)
    assert circles == []


def test_every_stage_package_says_what_it_does_and_what_it_may_import():
    for stage in ("language", "ingest", "store", "answer", "chat", "evaluation", "ui"):
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "May import" in doc, stage
