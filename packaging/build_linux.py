"""Build the Linux installers: the PyInstaller bundle, a .tar.gz of it and a .deb.

    .venv/bin/python packaging/build_linux.py        (what `make installer` runs)

Writes into dist/:
- ``taskforce-builder/``: the one-folder bundle (run ``taskforce-builder`` inside it);
- ``taskforce-builder-VERSION-linux-ARCH.tar.gz``: that folder, for any Linux;
- ``taskforce-builder_VERSION_ARCH.deb``: installs under /opt/taskforce-builder with a
  launcher, an icon and the .tfproj file type (Debian 12 or newer, Ubuntu 22.10 or newer).

Nothing is downloaded: PyInstaller must already be installed (``pip install -e
'.[packaging]'``, which `make installer` does), and dpkg-deb comes with Debian.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

NAME = "taskforce-builder"
ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = PACKAGING / "icons"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
INSTALL_DIR = Path("opt") / NAME
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/x-tfproj"


def program_version() -> str:
    return metadata.version(NAME)


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_bundle() -> Path:
    """Run PyInstaller on the spec; returns dist/taskforce-builder."""
    spec = PACKAGING / f"{NAME}.spec"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(spec)]
    subprocess.run(command, cwd=ROOT, check=True)
    bundle = DIST / NAME
    answer = subprocess.run(
        [str(bundle / NAME), "--version"], capture_output=True, text=True, check=True
    )
    print(f"bundle answers: {answer.stdout.strip()}")
    return bundle


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_tarball(bundle: Path, version: str, arch: str) -> Path:
    top = f"{NAME}-{version}"
    tarball = DIST / f"{top}-linux-{arch}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=_owned_by_root)
        readme = BUILD / "INSTALL.txt"
        readme.parent.mkdir(parents=True, exist_ok=True)
        readme.write_text(
            "Task Force Builder\n\n"
            f"Start the program: ./{NAME}\n"
            f"Check a project without a window: ./{NAME} check PROJECT.tfproj\n"
            f"Write the starter packet: ./{NAME} export PROJECT.tfproj --out FOLDER\n\n"
            "On Debian or Ubuntu, the .deb installs the same program with a menu entry\n"
            "and lets you double-click .tfproj files.\n",
            encoding="utf-8",
        )
        archive.add(readme, arcname=f"{top}/INSTALL.txt", filter=_owned_by_root)
    return tarball


def _package_list(file_name: str) -> str:
    lines = (LINUX / file_name).read_text(encoding="utf-8").splitlines()
    return ", ".join(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _copy(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for everything else, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _write_copyright(target: Path, version: str) -> None:
    from wizard.ui.about import bundled_components

    lines = [
        f"Task Force Builder {version}",
        "",
        "The program is under the MIT license. It brings along these components,",
        "each under its own license (Help > About in the program shows the same list):",
        "",
    ]
    lines += [
        f"  {item.name} {item.version}: {item.license}"
        for item in bundled_components()
        if item.name != NAME
    ]
    lines += [
        "",
        "Qt and PySide6 are used under the GNU LGPL v3; their libraries sit as separate",
        f"files in /{INSTALL_DIR}/_internal and can be replaced by compatible builds.",
    ]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stage_deb(bundle: Path, version: str, arch: str) -> Path:
    stage = BUILD / "deb" / f"{NAME}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR, symlinks=True)
    launcher = stage / "usr" / "bin" / NAME
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(Path("/") / INSTALL_DIR / NAME)
    share = stage / "usr" / "share"
    _copy(LINUX / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")
    _copy(LINUX / f"{NAME}-mime.xml", share / "mime" / "packages" / f"{NAME}.xml")
    hicolor = share / "icons" / "hicolor"
    mime_icon = MIME_TYPE.replace("/", "-")
    for size in ICON_SIZES:
        png = ICONS / f"{NAME}-{size}.png"
        _copy(png, hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png")
        _copy(png, hicolor / f"{size}x{size}" / "mimetypes" / f"{mime_icon}.png")
    _copy(ICONS / f"{NAME}.svg", hicolor / "scalable" / "apps" / f"{NAME}.svg")
    _copy(ICONS / f"{NAME}.svg", hicolor / "scalable" / "mimetypes" / f"{mime_icon}.svg")
    _write_copyright(share / "doc" / NAME / "copyright", version)
    _normalise_modes(stage)

    installed_kib = (
        sum(path.lstat().st_size for path in stage.rglob("*") if not path.is_dir()) // 1024
    )
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    for key, value in {
        "@VERSION@": version,
        "@ARCHITECTURE@": arch,
        "@INSTALLED_SIZE@": str(installed_kib),
        "@DEPENDS@": _package_list("depends.txt"),
        "@RECOMMENDS@": _package_list("recommends.txt"),
    }.items():
        control = control.replace(key, value)
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control, encoding="utf-8")
    _write_md5sums(stage, debian / "md5sums")
    for script in ("postinst", "postrm"):
        _copy(LINUX / script, debian / script, 0o755)
    (debian / "control").chmod(0o644)
    return stage


def _write_md5sums(stage: Path, target: Path) -> None:
    """What `dpkg --verify` checks an installed file against."""
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage).as_posix()}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_deb(stage: Path) -> Path:
    deb = DIST / f"{stage.name}.deb"
    # zstd: every dpkg that can run the bundle reads it (Debian 12, Ubuntu 21.10 and newer),
    # and at level 9 it takes seconds where xz takes minutes, for a file 20% larger.
    subprocess.run(
        [
            *("dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--threads-max=0"),
            *("--build", str(stage), str(deb)),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def _size(path: Path) -> str:
    if path.is_dir():
        total = sum(item.lstat().st_size for item in path.rglob("*"))
    else:
        total = path.stat().st_size
    return f"{total / 1_000_000:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--reuse-bundle", action="store_true", help="package dist/taskforce-builder as it is"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    version = program_version()
    arch = deb_architecture()
    bundle = DIST / NAME if args.reuse_bundle else build_bundle()
    bundled = time.monotonic()
    tarball = build_tarball(bundle, version, arch)
    made = [f"{bundle.relative_to(ROOT)}/  ({_size(bundle)})", f"{tarball.relative_to(ROOT)}"]
    made[-1] += f"  ({_size(tarball)})"
    if shutil.which("dpkg-deb"):
        deb = build_deb(stage_deb(bundle, version, arch))
        made.append(f"{deb.relative_to(ROOT)}  ({_size(deb)})")
    else:
        print("dpkg-deb not found (not Debian or Ubuntu): no .deb made.", file=sys.stderr)
    finished = time.monotonic()
    print("Made:")
    for line in made:
        print(f"  {line}")
    print(f"in {finished - started:.0f} s (bundle {bundled - started:.0f} s)")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
