#!/usr/bin/env python3
"""Builds the full-size benchmark input: the 1,000 real Amazon Fine Food reviews repeated until there are
568,454 rows (the size of the whole dataset), each row with a new Id. Parsed and rewritten with a real CSV
writer, because some reviews span several lines inside quotes.

Usage: make-full-dataset.py [OUTPUT] [ROWS]   (default tests/bench/out/reviews-full.csv, 568454)
The output is gitignored (any `out/` folder is): never commit it.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "data", "amazon-fine-food-reviews", "Reviews-head-1000.csv")
FULL_DATASET_ROWS = 568_454


def main() -> None:
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out", "reviews-full.csv")
    rows_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else FULL_DATASET_ROWS
    with open(SOURCE, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    id_index = header.index("Id")
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    # Same shape as the real file: UTF-8 with a BOM, LF line ends, minimal quoting.
    with open(output, "w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for n in range(rows_wanted):
            row = list(rows[n % len(rows)])
            row[id_index] = str(n + 1)
            writer.writerow(row)
    print(f"{output}: {rows_wanted} rows, {os.path.getsize(output) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
