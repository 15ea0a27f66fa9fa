#!/usr/bin/env python3
"""A GloVe text file the size of the full Twitter 25d one (1,193,514 words; 1.2 M here), for load benchmarks.

The first 9,931 lines are the shared trimmed GloVe file (real words, real vectors, so summaries stay meaningful);
the rest are synthetic words `w<i>` with random vectors (5 decimals, fixed seed). Synthetic: the point is the size
and shape of the file, not the vectors. Written to tests/bench/out/ (gitignored), never committed.
  python3 tests/bench/make-full-glove.py [OUT]     # default tests/bench/out/glove-1.2M-25d.txt
"""
import os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "out", "glove-1.2M-25d.txt")
shared = os.path.join(here, "..", "..", "..", "shared", "data", "glove", "glove.twitter.27B.25d.trimmed.txt")
words, dimension = 1_200_000, 25
os.makedirs(os.path.dirname(out), exist_ok=True)
rng = random.Random(25)
with open(shared, encoding="utf-8") as real, open(out, "w", encoding="utf-8", newline="\n") as f:
    n = 0
    for line in real:
        f.write(line if line.endswith("\n") else line + "\n")
        n += 1
    while n < words:
        f.write(f"w{n} " + " ".join(f"{rng.uniform(-2, 2):.5f}" for _ in range(dimension)) + "\n")
        n += 1
print(out)
