#!/usr/bin/python3
"""Makes the pages' web fonts from the Pretendard TTFs that the PDF certificates embed.

Keeps what the pages write: Latin, common punctuation and the 2,350 Hangul syllables of KS X 1001
(every Korean word of the message bundles, the quizzes and the demo data is among them; a rarer
syllable in a name falls back to the system's font). Pretendard's licence (SIL OFL 1.1) reserves
its name for the unmodified font, so the subset is renamed Cheongnabi Sans.

Needs Debian's python3-fonttools and python3-brotli. Run from the repository's root:
    python3 src/main/fonts/make-web-fonts.py
"""
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = "src/main/resources/fonts/Pretendard-{}.ttf"
TARGET = "src/main/webapp/resources/fonts/CheongnabiSans-{}.woff2"
FAMILY = "Cheongnabi Sans"

RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203A), (0x20A9, 0x20A9),
          (0x2190, 0x2193), (0x2264, 0x2265), (0x2713, 0x2714), (0x3000, 0x300F),
          (0x3131, 0x318E)]


def unicodes():
    points = {p for first, last in RANGES for p in range(first, last + 1)}
    hangul = (bytes([row, cell]).decode("euc-kr") for row in range(0xB0, 0xC9)
              for cell in range(0xA1, 0xFF))
    return sorted(points | {ord(syllable) for syllable in hangul})


def rename(font, weight):
    names = {1: FAMILY, 2: "Regular" if weight == "Regular" else "Bold",
             3: f"{FAMILY} {weight}", 4: f"{FAMILY} {weight}", 6: f"CheongnabiSans-{weight}"}
    table = font["name"]
    table.names = [n for n in table.names if n.nameID not in (16, 17, 21, 22)]
    for record in table.names:
        if record.nameID in names:
            record.string = names[record.nameID]


def main():
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum"]
    for weight in ("Regular", "Bold"):
        font = TTFont(SOURCE.format(weight))
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes())
        subsetter.subset(font)
        rename(font, weight)
        font.flavor = "woff2"
        font.save(TARGET.format(weight))


if __name__ == "__main__":
    main()
