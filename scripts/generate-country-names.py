#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes resources/data/iso3166-names.json: every ISO 3166-1 alpha-2 code with
# its name in English, French and Arabic, taken from Debian's iso-codes
# (LGPL-2.1-or-later; see resources/data/iso3166-names.LICENSE.md). The IATI
# import names recipient countries from it when a file gives only their codes.
# Run once after `apt-get install -y iso-codes`:
#   scripts/generate-country-names.py [OUTPUT]
import gettext
import json
import sys
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALE_DIR = "/usr/share/locale"


def translator(language):
    return gettext.translation("iso_3166-1", LOCALE_DIR, languages=[language]).gettext


def main():
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parent.parent / "resources/data/iso3166-names.json"
    french, arabic = translator("fr"), translator("ar")
    names = {}
    for entry in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]:
        # The common name ("Bolivia") reads better than the formal list name
        # ("Bolivia, Plurinational State of") where iso-codes translates it.
        english = entry["name"]
        common = entry.get("common_name")
        if common and french(common) != common and arabic(common) != common:
            english = common
        names[entry["alpha_2"]] = [english, french(english), arabic(english)]
    document = {
        "source": "Debian iso-codes, iso_3166-1 (LGPL-2.1-or-later)",
        "columns": ["en", "fr", "ar"],
        "names": dict(sorted(names.items())),
    }
    output.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")


if __name__ == "__main__":
    main()
