#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prove that editing a translation breaks only the translation tests.

Usage:
  perturb-translations.py [--work DIR] [--marker TEXT] [--every-word] [--jobs N]
                          [--expect NAME ...] [-- CTEST_ARGS...]

Copies the source tree (the files git knows, committed or not) to
DIR/src and changes every finished French and Arabic translation in the
copy's translations/sharaka_{fr,ar}.ts: MARKER goes before the text
(--every-word: also after every space outside markup, so that a test
looking for a run of translated words inside a longer text fails too; a
neutral marker then moves in Arabic text read back from a PDF, and splits
the name "Natural Earth" that the map's credit must hold, so tst_factsheet
and tst_mapchart fail for those reasons). Placeholders such as %1 and %n,
mnemonics, markup and every plural form stay valid. It then builds the copy
in DIR/src/build and runs its test suite. It then lists the tests that failed, and exits 0 only
when they are exactly the expected ones: by default tst_retranslation and
tst_translationrules, which check the wording itself. Any other failure is a
test that compares a translation's wording instead of checking that the
translation is used (tests/common/catalogue.h).

DIR defaults to build/perturbed-translations in the source tree. The copy
keeps the same layout relative to its build folder as the source tree, so a
compiler cache with a base_dir (ccache) serves the first build; later runs
copy only the files that changed and rebuild incrementally.
"""
import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent
TS_FILES = ['translations/sharaka_fr.ts', 'translations/sharaka_ar.ts']
EXPECTED = ['tst_retranslation', 'tst_translationrules']
# Tests that need a package, an install or a long fuzzing run say nothing
# about translations.
DEFAULT_EXCLUDE = 'deb_package|install_and|fuzz_'

TRANSLATION = re.compile(r'<translation(?P<attrs>[^>]*)>(?P<body>.*?)</translation>', re.S)
NUMERUS_FORM = re.compile(r'(<numerusform[^>]*>)(.*?)(</numerusform>)', re.S)


MARKUP = re.compile(r'(&lt;.*?&gt;)', re.S)


def mark_words(body, marker):
    """marker after every space, except inside markup such as <a href="…">."""
    parts = MARKUP.split(body)
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].replace(' ', ' ' + marker)
    return ''.join(parts)


def perturb(text, marker, every_word=False):
    """Marks every finished translation in the .ts text with marker.

    Unfinished, vanished and obsolete entries are left alone: lrelease does not
    compile them, so the program falls back to English for them anyway.
    """
    count = 0

    def prefix(body):
        if not body.strip():
            return body
        return marker + (mark_words(body, marker) if every_word else body)

    def one(match):
        nonlocal count
        attrs, body = match.group('attrs'), match.group('body')
        if 'type=' in attrs:
            return match.group(0)
        count += 1
        if '<numerusform' in body:
            body = NUMERUS_FORM.sub(lambda m: m.group(1) + prefix(m.group(2)) + m.group(3), body)
        else:
            body = prefix(body)
        return '<translation' + attrs + '>' + body + '</translation>'

    return TRANSLATION.sub(one, text), count


def tracked_files(source):
    out = subprocess.run(['git', '-C', str(source), 'ls-files', '-z', '--cached', '--others',
                          '--exclude-standard'], check=True, capture_output=True).stdout
    return [Path(name) for name in out.decode().split('\0') if name]


def mirror(source, target):
    """Copies the tree, touching only files whose content changed, so that a
    rebuild stays incremental."""
    wanted = set()
    for name in tracked_files(source):
        src, dst = source / name, target / name
        if not src.is_file():
            continue  # deleted in the work tree but still in the index
        wanted.add(name)
        if dst.is_file() and filecmp.cmp(src, dst, shallow=False):
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        # A fresh modification time (not the source's, as copy2 would keep),
        # so that the build sees the file as newer than what it built before.
        shutil.copyfile(src, dst)
        shutil.copymode(src, dst)
    return wanted


def write_if_changed(path, text):
    if path.read_text(encoding='utf-8') != text:
        path.write_text(text, encoding='utf-8')


def run(cmd, **kwargs):
    print('+', ' '.join(str(part) for part in cmd), flush=True)
    return subprocess.run(cmd, **kwargs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--work', type=Path, default=SOURCE / 'build' / 'perturbed-translations',
                        help='folder for the perturbed copy and its build')
    parser.add_argument('--marker', default='\u00a7\u00a7',
                        help='the text put into every translation (default: §§)')
    parser.add_argument('--every-word', action='store_true',
                        help='mark every word of each translation, not only its start')
    parser.add_argument('--jobs', type=int, default=2, help='parallel build and test jobs')
    parser.add_argument('--expect', nargs='*', default=EXPECTED,
                        help='the tests that should fail (default: %(default)s)')
    parser.add_argument('ctest_args', nargs='*',
                        help=f'extra ctest arguments (default: -E "{DEFAULT_EXCLUDE}")')
    args = parser.parse_args()

    copy = args.work.resolve() / 'src'
    build = copy / 'build'
    copy.mkdir(parents=True, exist_ok=True)
    mirror(SOURCE, copy)
    for name in TS_FILES:
        text, count = perturb((SOURCE / name).read_text(encoding='utf-8'), args.marker,
                              every_word=args.every_word)
        write_if_changed(copy / name, text)
        print(f'{name}: {count} translations marked with {args.marker!r}')

    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    if not (build / 'build.ninja').exists():
        configure = ['cmake', '-S', copy, '-B', build, '-G', 'Ninja',
                     '-DCMAKE_BUILD_TYPE=RelWithDebInfo', '-DSHARAKA_WERROR=ON',
                     '-DBUILD_TESTING=ON', '-DSHARAKA_FUZZ=OFF']
        if shutil.which('ccache'):
            configure.append('-DCMAKE_CXX_COMPILER_LAUNCHER=ccache')
        if run(configure, env=env, stdout=subprocess.DEVNULL).returncode:
            return 2
    if run(['cmake', '--build', build, '--parallel', str(args.jobs)], env=env,
           stdout=subprocess.DEVNULL).returncode:
        return 2

    failed_log = build / 'Testing' / 'Temporary' / 'LastTestsFailed.log'
    failed_log.unlink(missing_ok=True)
    ctest_args = args.ctest_args or ['-E', DEFAULT_EXCLUDE]
    run(['ctest', '--test-dir', build, '-j', str(args.jobs)] + ctest_args, env=env,
        stdout=subprocess.DEVNULL)
    failed = []
    if failed_log.exists():
        # Lines read "number:name".
        failed = sorted(line.split(':', 1)[1] for line in failed_log.read_text().split()
                        if ':' in line)

    expected = sorted(args.expect)
    print('\nFailing with every translation changed:')
    for name in failed:
        print(f'  {name}' + ('' if name in expected else '   <- unexpected'))
    missing = [name for name in expected if name not in failed]
    for name in missing:
        print(f'  (expected to fail but passed: {name})')
    if failed == expected:
        print('Only the translation tests failed.')
        return 0
    print(f'Details: ctest --test-dir {build} -R <name> --output-on-failure')
    return 1


if __name__ == '__main__':
    sys.exit(main())
