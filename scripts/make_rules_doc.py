#!/usr/bin/env python3
"""Writes docs/rules.md from `icpctl rules --json` and the data tables in model/data, linking each
rule's reference (R01–R42, §x.y) to its section of docs/regulations.md; keeps the contents list of
docs/regulations.md up to date; checks that every reference to regulations.md resolves.

Usage:
  python3 scripts/make_rules_doc.py build/dev/app/icpctl/icpctl   # write docs/rules.md and the contents
  python3 scripts/make_rules_doc.py --check      # exit 1 on a dangling reference or a stale contents list

--check (CTest `rules_doc_links`) reads docs/rules.md, docs/regulations.md and every citation
"regulations.md §x.y / Rnn" in the source tree. tst_icpctl checks that every rule id is in
docs/rules.md, so run this after adding a rule.
"""
import json, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
regulations = root / "docs" / "regulations.md"
rules_doc = root / "docs" / "rules.md"
SCANNED = ["model", "sync", "widgets", "app", "backend", "scripts", "tests", "docs"]
TEXT_SUFFIXES = {".cpp", ".h", ".json", ".py", ".md", ".txt", ".cmake", ".sh", ".yaml", ".ts", ".html"}
TOC_BEGIN, TOC_END = "<!-- toc -->", "<!-- /toc -->"
# A reference: a section (§5, §5.3) or a testable rule (R28). "§0" was the corrections section of
# the notes this document replaced; its content now lives in the sections the Changes table names.
REF = re.compile(r"§(\d+)(?:\.(\d+))?|\bR(\d\d)\b")
# The references that follow a mention of the document, e.g. "regulations.md §5.3, R28".
CITATION = re.compile(r"regulations\.md((?:(?:[\s,;/–()-]|and\b|with\b|items?\b|\d+\b)*(?:§\d+(?:\.\d+)?|R\d\d\b))+)")


def slug(heading):
    """The anchor GitHub (and GitLab) give a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def headings(text):
    """(level, title, anchor) of every heading outside code blocks, duplicates numbered as GitHub does."""
    seen, out, fenced = {}, [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        m = None if fenced else re.match(r"(#{1,6}) (.+?)\s*$", line)
        if m:
            base = slug(m.group(2))
            anchor = base if base not in seen else f"{base}-{seen[base]}"
            seen[base] = seen.get(base, 0) + 1
            out.append((len(m.group(1)), m.group(2), anchor))
    return out


def sections(heads):
    """Reference key ("§5", "§5.3", "R28", "§0") → anchor."""
    keys = {}
    for _, title, anchor in heads:
        m = re.match(r"(\d+)\.(\d+)? |(R\d\d) ", title + " ")
        if m and m.group(3):
            keys[m.group(3)] = anchor
        elif m:
            keys["§" + m.group(1) + ("." + m.group(2) if m.group(2) else "")] = anchor
        elif title == "Changes":
            keys["§0"] = anchor
    return keys


def key_of(m):
    if m.group(3):
        return "R" + m.group(3)
    if m.group(1) == "0":  # §0 and its items: the Changes section
        return "§0"
    return "§" + m.group(1) + ("." + m.group(2) if m.group(2) else "")


def link_refs(text, keys, missing):
    """Every reference in text as a link to its section; an unknown one is added to missing."""
    def link(m):
        if key_of(m) not in keys:
            missing.add(m.group(0))
            return m.group(0)
        return f"[{m.group(0)}](regulations.md#{keys[key_of(m)]})"
    return REF.sub(link, text)


def table_of_contents(heads):
    out = []
    rules = [(t, a) for level, t, a in heads if level == 3 and re.match(r"R\d\d ", t)]
    for level, title, anchor in heads:
        if level == 1 or (level == 3 and re.match(r"R\d\d ", title)):
            continue
        out.append("  " * (level - 2) + f"- [{title}](#{anchor})")
        if title.startswith("10. "):
            out.append("  - " + " ".join(f"[{t.split()[0]}](#{a})" for t, a in rules))
    return "\n".join(out)


def with_contents(text):
    begin, end = text.index(TOC_BEGIN) + len(TOC_BEGIN), text.index(TOC_END)
    return text[:begin] + "\n" + table_of_contents(headings(text)) + "\n" + text[end:]


def check():
    text = regulations.read_text(encoding="utf-8")
    heads = headings(text)
    anchors = {a for _, _, a in heads}
    keys = sections(heads)
    problems = []
    if with_contents(text) != text:
        problems.append("docs/regulations.md: the contents list is out of date (run this script with --toc)")
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        if target not in anchors:
            problems.append(f"docs/regulations.md: link to #{target}, which no heading produces")
    body = text[text.index(TOC_END):]
    for m in REF.finditer(body):
        if key_of(m) not in keys:
            problems.append(f"docs/regulations.md: {m.group(0)} names no section")
    for target in re.findall(r"regulations\.md#([^)\s]+)", rules_doc.read_text(encoding="utf-8")):
        if target not in anchors:
            problems.append(f"docs/rules.md: link to regulations.md#{target}, which no heading produces")
    for path in sorted(p for d in SCANNED for p in (root / d).rglob("*") if p.suffix in TEXT_SUFFIXES):
        if path == regulations or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for citation in CITATION.finditer(line):
                for m in REF.finditer(citation.group(1)):
                    if key_of(m) not in keys:
                        problems.append(f"{path.relative_to(root)}:{number}: {m.group(0)} names no section of docs/regulations.md")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


def build(icpctl):
    text = with_contents(regulations.read_text(encoding="utf-8"))
    regulations.write_text(text, encoding="utf-8")
    keys = sections(headings(text))
    missing = set()
    rules = json.loads(subprocess.run([icpctl, "rules", "--json"], check=True, capture_output=True, text=True).stdout)
    out = ["# Rules", "",
           "Every rule of the rules engine (`model/rules`), as `icpctl rules` lists it. The reference is the testable",
           "rule (R01–R42) or section of [regulations.md](regulations.md), the law behind the rules in the project's own",
           "words, that the rule implements; each links to its section. The severity is the default (per-province rules",
           "report the severity of the application's province). Generated by `scripts/make_rules_doc.py`; do not edit by",
           "hand. In the code each id is a `RuleId` constant (`model/rules/RuleId.h`); how a finding reaches its field:",
           "[architecture.md](architecture.md).", "",
           "| Id | Ref | Severity | Scope | Rule | Source |", "|---|---|---|---|---|---|"]
    for r in rules:
        cells = [c.replace("|", "\\|") for c in (r["id"], r["reference"], r["severity"], r["scope"], r["title"], r["source"])]
        # The reference, and the sections a source names (bare "§4.4" there means this document's).
        cells[1] = link_refs(cells[1], keys, missing)
        cells[5] = link_refs(cells[5], keys, missing)
        out.append("| " + " | ".join(cells) + " |")
    refs = sorted({r["reference"] for r in rules if re.fullmatch(r"R\d\d", r["reference"])})
    out += ["", f"{len(rules)} rules covering {len(refs)} of R01–R42: " + ", ".join(refs) + ".", "",
            "## Tables of the law", "",
            "The rules read these tables (`model/data/*.json`, compiled into the resources); a rules update is a",
            "change of data. Each carries the date it is effective from and its source; why the law says so is in",
            "[regulations.md](regulations.md).", "",
            "| Table | Effective | Rows | Source |", "|---|---|---|---|"]
    for path in sorted((root / "model" / "data").glob("*.json")):
        t = json.loads(path.read_text(encoding="utf-8"))
        rows = t.get("rows", t.get("years", []))
        out.append(f"| `{path.name}` | {t.get('effective', '—')} | {len(rows)} | "
                   f"{link_refs(t.get('source', '—').replace('|', '/'), keys, missing)} |")
    rules_doc.write_text("\n".join(out) + "\n", encoding="utf-8")
    missing |= {r["reference"] for r in rules if not REF.search(r["reference"])}
    if missing:
        print("references without a section in docs/regulations.md: " + ", ".join(sorted(missing)), file=sys.stderr)
        return 1
    return check()


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    if sys.argv[1:] == ["--toc"]:
        regulations.write_text(with_contents(regulations.read_text(encoding="utf-8")), encoding="utf-8")
        sys.exit(check())
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    sys.exit(build(sys.argv[1]))
