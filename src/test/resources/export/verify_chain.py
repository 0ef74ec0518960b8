#!/usr/bin/env python3
"""Recomputes an ishc-fund hash chain from its JSON Lines export, with nothing but Python's standard library.

    python3 verify_chain.py chain.jsonl

For every line it rebuilds the canonical string from the structured fields as the README documents it
(README.md, "Auditor exports"), requires it to equal the line's "canonical", computes
SHA-256(prevHash + canonical) and requires it to equal the line's "hash"; entry numbers must follow each other
without a gap and each prevHash must be the previous line's hash (entry 1's: 64 zeros). Prints the head it
reached and exits 0, or names the first line that fails and exits 1.
"""
import hashlib
import json
import sys
from decimal import Decimal

GENESIS = "0" * 64
ENTRY = ["ledgerId", "seq", "valueDate", "operation", "voucherType", "voucherYear", "voucherNo",
         "description", "total", "reversesId", "reversalReason", "batchId", "recordedBy", "recordedByName",
         "recordedAt"]
LINE = ["lineNo", "accountCode", "side", "amount", "memberId", "loanId", "donorId", "activityArea"]
AMOUNTS = {"total", "amount"}


def text(name, value):
    """The text of a value as the chain writes it; None stays None."""
    if value is None:
        return None
    if name in AMOUNTS:
        number = Decimal(str(value))
        return "0" if number == 0 else format(number.normalize(), "f")
    if isinstance(value, bool) or isinstance(value, (float, list, dict)):
        raise ValueError(f"{name} is not a text, an integer or an amount: {value!r}")
    return str(value)


def field(value):
    """f(null) = "-;"   f(s) = <UTF-8 byte length of s> ":" s ";" """
    return "-;" if value is None else f"{len(value.encode('utf-8'))}:{value};"


def canonical(entry):
    out = [field(entry["version"])]
    out += [field(text(name, entry[name])) for name in ENTRY]
    out.append(field(str(len(entry["lines"]))))
    for line in entry["lines"]:
        out += [field(text(name, line[name])) for name in LINE]
    return "".join(out)


def verify(lines):
    previous_seq, previous_hash, ledger, first = None, None, None, None
    count = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        entry = json.loads(raw, parse_float=Decimal)
        seq = entry["seq"]
        where = f"line {number} (entry {seq})"
        if entry["version"] != "v1":
            return f"{where}: unknown canonical version {entry['version']!r}"
        if ledger is None:
            ledger, first = entry["ledgerId"], seq
        elif entry["ledgerId"] != ledger:
            return f"{where}: another ledger ({entry['ledgerId']}, not {ledger})"
        if previous_seq is None:
            if seq == 1 and entry["prevHash"] != GENESIS:
                return f"{where}: entry 1 must follow the zero hash"
        elif seq != previous_seq + 1:
            return f"{where}: entry {previous_seq + 1} is missing" if seq > previous_seq else f"{where}: out of order"
        elif entry["prevHash"] != previous_hash:
            return f"{where}: prevHash is not the hash of entry {previous_seq}"
        rebuilt = canonical(entry)
        if rebuilt != entry["canonical"]:
            return f"{where}: the fields do not give the canonical string written with them"
        digest = hashlib.sha256(entry["prevHash"].encode("ascii") + rebuilt.encode("utf-8")).hexdigest()
        if digest != entry["hash"]:
            return f"{where}: the content does not hash to {entry['hash']}"
        previous_seq, previous_hash = seq, digest
        count += 1
    if count == 0:
        print("ok: no entries")
    else:
        anchor = "the zero hash" if first == 1 else "the prevHash of entry " + str(first)
        print(f"ok: {count} entries of ledger {ledger}, {first} to {previous_seq} from {anchor}; head {previous_seq} {previous_hash}")
    return None


def main():
    if len(sys.argv) != 2:
        print("usage: verify_chain.py FILE.jsonl  (- for standard input)", file=sys.stderr)
        return 2
    source = sys.stdin if sys.argv[1] == "-" else open(sys.argv[1], encoding="utf-8")
    with source:
        try:
            problem = verify(source)
        except (ValueError, KeyError, TypeError) as e:
            problem = f"unreadable line: {e!r}"
    if problem:
        print("FAILED: " + problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
