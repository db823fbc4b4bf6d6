"""How sequelwatch is built; what it is (name, dependencies, commands) is in pyproject.toml.

The detector (``crawler/understand``) reads every document a source brings, sentence by sentence,
in code that is interpreter work through and through. A wheel built here compiles its modules with
mypyc, as black and mypy compile themselves: the same code, a C extension per module, about a
quarter cheaper (BENCHMARKS.md, "Detector"). Nothing else changes: the modules behave the same
compiled or not, and ``crawler.understand.compiled()`` says which ran.

Compiling is optional, never in the way:

- where no C compiler or Python headers are at hand, or mypyc fails, the build says so and the
  same modules are installed as plain Python (all of them: never half compiled);
- ``SEQUELWATCH_PURE_PYTHON=1`` skips it;
- an editable install (``pip install -e``) never compiles, so that a module edited in the checkout
  takes effect at once and the tests run the code as written (CI tests a compiled build as well).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, PlatformError

# training and evaluation run offline, once, and import scikit-learn: nothing to gain.
NOT_COMPILED = frozenset({"__init__.py", "training.py", "evaluation.py"})
# setup.py runs for metadata too (egg_info, dist_info), and for an editable wheel: only these build one to keep.
BUILDS = frozenset({"bdist_wheel", "build", "build_ext"})


def detector_modules() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(path.relative_to(here).as_posix() for path in (here / "crawler" / "understand").glob("*.py")
                  if path.name not in NOT_COMPILED)


def compiled_extensions() -> list:
    if os.environ.get("SEQUELWATCH_PURE_PYTHON", "") not in ("", "0") or not BUILDS.intersection(sys.argv):
        return []
    try:
        # The checkout's mypy settings load a plugin the build does not install; the build needs no
        # checking beyond what mypyc itself does, and CI runs mypy with the full settings.
        return mypycify(["--config-file=", "--ignore-missing-imports", *detector_modules()],
                        group_name="sequelwatch_detector")
    except (Exception, SystemExit) as error:  # mypyc reports a failure by exiting
        print(f"sequelwatch: not compiling the detector (mypyc: {error}); installing it as plain Python",
              file=sys.stderr)
        return []


class BuildAllOrNone(build_ext):
    """Builds the compiled modules, or none of them: a module compiled without the runtime they share
    would fail at import, where its plain Python would have run."""

    def run(self) -> None:
        try:
            super().run()
        except (CCompilerError, CompileError, ExecError, PlatformError, OSError) as error:
            for extension in self.extensions:
                Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            print(f"sequelwatch: the detector could not be compiled ({error}); installing it as plain Python",
                  file=sys.stderr)


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": BuildAllOrNone})
