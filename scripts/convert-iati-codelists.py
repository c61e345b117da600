#!/usr/bin/env python3
"""Convert IATI codelist XML files into one compact JSON file.

Usage:
  convert-iati-codelists.py EMBEDDED_GIT_DIR NONEMBEDDED_GIT_DIR OUTPUT_JSON

EMBEDDED_GIT_DIR is a (bare) clone of github.com/IATI/IATI-Codelists,
NONEMBEDDED_GIT_DIR one of github.com/IATI/IATI-Codelists-NonEmbedded.
The XML is read with `git show REF:xml/NAME.xml`, so no work tree is needed.

Output: {"_meta": {...}, "Sector": {"11110": {"en": "...", "fr": "..."}, ...}, ...}
Only names (not descriptions) are kept; "fr" appears only where the codelist
has a narrative xml:lang="fr"; "status": "withdrawn" only where the item says so;
"category" where the item has one (e.g. Sector -> SectorCategory).
Section "v1" holds the IATI 1.0x text-code lists from the IATI-Codelists
version-1.05 branch (codes such as "C", "D", "E", "start-actual", "Funding").
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'

EMBEDDED = ['ActivityDateType', 'ActivityStatus', 'BudgetStatus', 'BudgetType',
            'DocumentCategory', 'OrganisationRole', 'RelatedActivityType',
            'TransactionType']
NONEMBEDDED = ['Sector', 'SectorCategory', 'SectorVocabulary', 'PolicyMarker',
               'PolicySignificance', 'OrganisationType', 'Currency',
               'IndicatorMeasure', 'ResultType', 'GeographicLocationReach',
               'GeographicExactness', 'Language', 'AidType', 'FlowType',
               'FinanceType']
V1_BRANCH = 'version-1.05'
V1 = ['ActivityDateType', 'ActivityStatus', 'BudgetType', 'DocumentCategory',
      'OrganisationRole', 'RelatedActivityType', 'TransactionType', 'Vocabulary']


def git(gitdir, *args):
    return subprocess.run(['git', '--git-dir=' + gitdir] + list(args),
                          check=True, capture_output=True).stdout


def texts(elem, tag):
    """Names by language: 2.0x style <name><narrative xml:lang=..> or 1.0x <name xml:lang=..>text."""
    out = {}
    for name in elem.findall(tag):
        narrs = name.findall('narrative')
        if narrs:
            for n in narrs:
                lang = n.get(XML_LANG, 'en')
                if n.text and n.text.strip() and lang not in out:
                    out[lang] = ' '.join(n.text.split())
        elif name.text and name.text.strip():
            lang = name.get(XML_LANG, 'en')
            out.setdefault(lang, ' '.join(name.text.split()))
    return out


def convert(xml_bytes):
    root = ET.fromstring(xml_bytes)
    items = {}
    for item in root.iter('codelist-item'):
        code = item.findtext('code').strip()
        entry = texts(item, 'name')
        if item.get('status') == 'withdrawn':
            entry['status'] = 'withdrawn'
        cat = item.findtext('category')
        if cat and cat.strip():
            entry['category'] = cat.strip()
        items[code] = entry
    return items


def main():
    emb, nonemb, out = sys.argv[1:4]
    emb_ref = 'HEAD'
    result = {'_meta': {
        'IATI/IATI-Codelists': {'ref': git(emb, 'rev-parse', 'HEAD').decode().strip(),
                                'branch': 'version-2.03', 'lists': EMBEDDED},
        'IATI/IATI-Codelists-NonEmbedded': {'ref': git(nonemb, 'rev-parse', 'HEAD').decode().strip(),
                                            'branch': 'master', 'lists': NONEMBEDDED},
        'IATI/IATI-Codelists v1': {'ref': git(emb, 'rev-parse', V1_BRANCH).decode().strip(),
                                   'branch': V1_BRANCH, 'lists': V1},
        'note': 'names only; en always, fr where the source has xml:lang="fr"',
    }}
    for name in EMBEDDED:
        result[name] = convert(git(emb, 'show', emb_ref + ':xml/' + name + '.xml'))
    for name in NONEMBEDDED:
        result[name] = convert(git(nonemb, 'show', 'HEAD:xml/' + name + '.xml'))
    result['v1'] = {name: convert(git(emb, 'show', V1_BRANCH + ':xml/' + name + '.xml'))
                    for name in V1}
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write('\n')


if __name__ == '__main__':
    main()
