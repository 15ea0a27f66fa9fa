#!/usr/bin/env python3
"""Writes POST /summarize bodies for the API benchmark: the real reviews whose text is about 1 KB
(800-1,300 bytes of UTF-8), one JSON body a line, to tests/bench/out/api-bodies.jsonl."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "data", "amazon-fine-food-reviews", "Reviews-head-1000.csv")
OUTPUT = os.path.join(HERE, "out", "api-bodies.jsonl")

with open(SOURCE, newline="", encoding="utf-8-sig") as f:
    texts = [row["Text"] for row in csv.DictReader(f)]
picked = [t for t in texts if 800 <= len(t.encode("utf-8")) <= 1300]
os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
with open(OUTPUT, "w", encoding="utf-8") as f:
    for t in picked:
        f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
sizes = [len(t.encode("utf-8")) for t in picked]
print(f"{OUTPUT}: {len(picked)} bodies, mean text {sum(sizes) / len(sizes):.0f} bytes")
