#!/usr/bin/env python3
"""Builds the hostile batch inputs of the memory benchmark (issue 8). Never commit the outputs.

  bomb      300 rows whose Text holds 4,000,000 characters each (~1.2 GB): far over the per-row limit,
            every row must become an error row while memory stays bounded.
  big-rows  10,000 rows whose Text is exactly the per-row limit (262,144 UTF-8 bytes, the POST /summarize
            limit) of real review sentences (~2.6 GB): the largest text a batch summarizes, over and over.

Usage: make-hostile-inputs.py bomb|big-rows OUTPUT [ROWS]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "data", "amazon-fine-food-reviews", "Reviews-head-1000.csv")
MAX_TEXT_UTF8_BYTES = 256 * 1024  # ContractLimits.MaxTextUtf8Bytes


def bomb_text() -> str:
    unit = "Buy now. "  # sentences, so the text would be real work if it were ever summarized
    return (unit * (4_000_000 // len(unit) + 1))[:4_000_000]


def limit_sized_text() -> str:
    """Real review texts joined until exactly MAX_TEXT_UTF8_BYTES bytes of UTF-8 (padded with spaces)."""
    with open(SOURCE, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        texts = [row["Text"] for row in reader]
    parts, size = [], 0
    for text in texts * 10:
        b = len(text.encode("utf-8")) + 1
        if size + b > MAX_TEXT_UTF8_BYTES:
            break
        parts.append(text)
        size += b
    text = " ".join(parts)
    return text + " " * (MAX_TEXT_UTF8_BYTES - len(text.encode("utf-8")))


def main() -> None:
    kind, output = sys.argv[1], sys.argv[2]
    text = {"bomb": bomb_text, "big-rows": limit_sized_text}[kind]()
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else {"bomb": 300, "big-rows": 10_000}[kind]
    with open(output, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["Id", "Text"])
        for n in range(rows):
            writer.writerow([str(n + 1), text])
    print(f"{output}: {rows} rows, text {len(text.encode('utf-8')):,} UTF-8 bytes, {os.path.getsize(output) / 1e6:,.0f} MB")


if __name__ == "__main__":
    main()
