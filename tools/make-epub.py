#!/usr/bin/env python3
# Writes a synthetic EPUB 3 book for benchmarks: many chapters with
# headings, sections, block quotes, emphasis and dialogue dense with names,
# from a fixed seed, until the file reaches the size asked for (the words
# are made up, so the text compresses about as much as a real book's).
#   tools/make-epub.py OUTPUT.epub [SIZE_MB]   (default 5)
import random
import sys
import zipfile
from xml.sax.saxutils import escape

out = sys.argv[1]
target = float(sys.argv[2]) * 1e6 if len(sys.argv) > 2 else 5e6
rng = random.Random(7)

syll = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo",
        "an", "en", "in", "on", "ar", "er", "ol", "ut", "ch", "tr", "st", "qu", "ou", "ai"]


def word(n):
    return "".join(rng.choice(syll) for _ in range(n))


vocab = [word(rng.choice((1, 1, 2, 2, 2, 3, 3, 4))) for _ in range(6000)]
common = ["the", "of", "and", "a", "to", "in", "he", "she", "was", "that", "his", "her",
          "it", "with", "as", "for", "had", "on", "at", "by", "not", "but", "from", "they"]
first = [word(2).capitalize() for _ in range(300)]
last = [word(rng.choice((2, 3))).capitalize() for _ in range(500)]
orgs = [f"{word(2).capitalize()} {rng.choice(['Bank', 'Company', 'Ministry', 'Institute', 'Railway'])}"
        for _ in range(80)]


def name():
    return f"{rng.choice(first)} {rng.choice(last)}"


def sentence():
    words = []
    for _ in range(rng.randint(8, 28)):
        r = rng.random()
        if r < 0.06:
            words.append(name())
        elif r < 0.07:
            words.append(rng.choice(orgs))
        elif r < 0.45:
            words.append(rng.choice(common))
        else:
            words.append(rng.choice(vocab))
    words[0] = words[0][0].upper() + words[0][1:]
    s = " ".join(words)
    if rng.random() < 0.1:
        s = s.replace(" ", ", ", 1)
    return escape(s) + rng.choice([".", ".", ".", "?", "!"])


def paragraph():
    r = rng.random()
    if r < 0.25:
        return f"<p>“{sentence()}” said {escape(name())}. {sentence()}</p>"
    if r < 0.3:
        return f"<blockquote><p>{sentence()} {sentence()}</p></blockquote>"
    body = " ".join(sentence() for _ in range(rng.randint(2, 7)))
    if rng.random() < 0.2:
        w = rng.choice(vocab)
        body = body.replace(f" {w} ", f" <em>{w}</em> ", 1)
    return f"<p>{body}</p>"


def chapter(n):
    title = f"Chapter {n}: {escape(rng.choice(vocab).capitalize())} {escape(rng.choice(vocab))}"
    parts = [f"<h1>{title}</h1>"]
    for _ in range(rng.randint(2, 5)):
        parts.append(f"<h2>{escape(rng.choice(vocab).capitalize())} and {escape(name())}</h2>")
        parts.extend(paragraph() for _ in range(rng.randint(10, 40)))
    body = "\n".join(parts)
    return title, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\">"
                   f"<head><title>{title}</title></head><body>\n{body}\n</body></html>\n")


with zipfile.ZipFile(out, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
    z.writestr("META-INF/container.xml",
               "<?xml version=\"1.0\"?><container version=\"1.0\" "
               "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
               "<rootfile full-path=\"OEBPS/content.opf\" "
               "media-type=\"application/oebps-package+xml\"/></rootfiles></container>")
    titles = []
    size = 0
    while size < target * 0.98:
        n = len(titles) + 1
        title, xhtml = chapter(n)
        titles.append(title)
        z.writestr(f"OEBPS/text/ch{n:04}.xhtml", xhtml, compress_type=zipfile.ZIP_DEFLATED)
        size = sum(i.compress_size for i in z.infolist())
    nav = "".join(f"<li><a href=\"text/ch{i:04}.xhtml\">{t}</a></li>" for i, t in enumerate(titles, 1))
    z.writestr("OEBPS/nav.xhtml",
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
               "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Contents</title></head><body>"
               f"<nav epub:type=\"toc\"><ol>{nav}</ol></nav></body></html>",
               compress_type=zipfile.ZIP_DEFLATED)
    items = "".join(f"<item id=\"c{i}\" href=\"text/ch{i:04}.xhtml\" media-type=\"application/xhtml+xml\"/>"
                    for i in range(1, len(titles) + 1))
    spine = "".join(f"<itemref idref=\"c{i}\"/>" for i in range(1, len(titles) + 1))
    z.writestr("OEBPS/content.opf",
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
               "version=\"3.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
               "<dc:identifier id=\"id\">urn:uuid:8a3c1f0e-5b7d-4e0a-9c2b-6f1d2e3a4b5c</dc:identifier>"
               "<dc:title>A Long Synthetic Chronicle</dc:title><dc:creator>Bench Author</dc:creator>"
               "<dc:language>en</dc:language><dc:date>2026-01-01</dc:date></metadata>"
               f"<manifest><item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\" "
               f"media-type=\"application/xhtml+xml\"/>{items}</manifest><spine>{spine}</spine></package>",
               compress_type=zipfile.ZIP_DEFLATED)
print(f"{out}: {len(titles)} chapters")
