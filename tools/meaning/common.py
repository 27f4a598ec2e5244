"""Shared helpers for extracting portal strings (tests/data/portal-strings/)."""

import html
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from fold import fold_key  # noqa: E402

HEADER = ["id", "source", "key", "kind", "fr", "en"]

_TAG = re.compile(r"<[^>]*>")
_BR = re.compile(r"<\s*(br|/p|/li|/div|/h\d)\s*/?>", re.I)
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_RAILS = re.compile(r"%\{\s*([A-Za-z_]\w*)\s*\}")
_RAILS_FMT = re.compile(r"%<\s*([A-Za-z_]\w*)\s*>[sd]")
_JS_TPL = re.compile(r"\$\{\s*([A-Za-z_][\w.]*)\s*\}|\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")


def clean(text: str) -> str:
    """HTML tags stripped (their text kept), entities decoded, Markdown links to their text,
    Rails/JS interpolations to Fluent placeables, whitespace collapsed."""
    if text is None:
        return ""
    t = str(text)
    t = _BR.sub(" ", t)
    t = _TAG.sub("", t)
    t = html.unescape(t)
    t = _MD_LINK.sub(r"\1", t)
    t = t.replace("**", "")
    t = _RAILS.sub(lambda m: "{ $" + m.group(1) + " }", t)
    t = _RAILS_FMT.sub(lambda m: "{ $" + m.group(1) + " }", t)
    t = _JS_TPL.sub(lambda m: "{ $" + (m.group(1) or m.group(2)).split(".")[-1] + " }", t)
    t = t.replace("\u00a0", " ").replace("\u202f", " ")
    t = " ".join(t.split())
    return t


def has_letters(text: str) -> bool:
    bare = re.sub(r"\{ \$\w+ \}", "", text)
    return any(c.isalpha() for c in bare)


KIND_RULES = [
    ("error", re.compile(r"(^|[._])(errors?|invalid\w*|blank|taken|too_\w+|not_\w+|wrong\w*|expired|failure|failed|alert|inclusion|format|mismatch\w*|required)($|[._])")),
    ("button", re.compile(r"(^|[._])(button|btn|submit|cta|action|actions|link_label|save|cancel|delete|destroy|continue|confirm|send|download|edit|back|next|previous|connect|login|logout|sign_in|sign_up|validate|start|search|close|open|add|remove)($|[._])")),
    ("hint", re.compile(r"(^|[._])(hint|hints|help|helper|description|explanation|explication|info|information|legend_hint|placeholder_hint|subtitle|notice_text)($|[._])")),
    ("placeholder", re.compile(r"(^|[._])placeholder($|[._])")),
    ("legend", re.compile(r"(^|[._])legend($|[._])")),
    ("heading", re.compile(r"(^|[._])(title|titre|heading|header|h1|h2|h3)($|[._])")),
    ("notice", re.compile(r"(^|[._])(notice|notices|flash|success|warning|alert_text|message|messages|banner|callout)($|[._])")),
    ("option", re.compile(r"(^|[._])(options|values|choices|enum|states?|statuses)($|[._])")),
    ("label", re.compile(r"(^|[._])(label|labels|attributes|field|fields|libelle)($|[._])")),
]


def kind_of(key: str, text: str = "") -> str:
    k = key.lower()
    last = k.rsplit(".", 1)[-1]
    # The last segment decides first, then the whole path.
    for kind, rx in KIND_RULES:
        if rx.search(last):
            return kind
    for kind, rx in KIND_RULES:
        if kind != "button" and rx.search(k):
            return kind
    return "text" if len(text.split()) > 8 else "label"


def write_tsv(path, rows):
    """Plain TSV: no quoting; tabs and line breaks inside a field become spaces."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(" ".join(str(r.get(h, "")).split()) for h in HEADER) + "\n")


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:] if line]


def dedupe(rows):
    """Keeps the first row of each folded French string (placeables folded alike)."""
    seen, out = set(), []
    for r in rows:
        k = fold_key(r["fr"])
        if not k or k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


# ---- template HTML (Django, Angular, Vue, plain) -------------------------------------------

from html.parser import HTMLParser  # noqa: E402

_TPL_BLOCK = re.compile(r"\{%.*?%\}|\{#.*?#\}|<%.*?%>", re.S)
_TPL_VAR = re.compile(r"\{\{\s*(.*?)\s*\}\}", re.S)


def _tpl_var(m):
    expr = m.group(1)
    if re.search(r"\btrans\b|['\"]", expr) and not re.match(r"^[\w.]+$", expr):
        # {{ 'Texte' | translate }} and the like: keep the literal text
        lit = re.search(r"['\"]([^'\"]{2,})['\"]", expr)
        if lit:
            return lit.group(1)
    name = re.split(r"[^\w.]", expr.strip())[0].split(".")[-1] or "x"
    return "{ $" + name + " }"


def detemplate(src: str) -> str:
    src = _TPL_BLOCK.sub(" ", src)
    return _TPL_VAR.sub(_tpl_var, src)


HTML_KINDS = {
    "label": "label", "legend": "legend", "button": "button", "option": "option",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "p": "text", "li": "text",
    "th": "label", "dt": "label", "summary": "button", "caption": "heading", "title": "heading",
}
HINT_CLASSES = {"fr-hint-text", "help-block", "form-text", "hint", "fr-text--sm", "text-muted"}
ERROR_CLASSES = {"fr-error-text", "fr-message--error", "fr-alert--error", "error", "errors",
                 "alert-danger", "invalid-feedback", "fr-notice--alert"}
BUTTON_CLASSES = {"fr-btn", "btn", "button"}
NOTICE_CLASSES = {"fr-alert", "fr-notice", "fr-callout", "alert", "fr-callout__text", "fr-alert__title"}
SKIP_TAGS = {"script", "style", "svg", "code", "pre", "noscript", "template"}


class TextBlocks(HTMLParser):
    """Reads the text of labels, legends, hints, buttons, options, errors, headings and short
    paragraphs, each element's own text (nested captured elements are their own blocks), and
    placeholders, `title`/`aria-label` of buttons, `value` of submit inputs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, kind or None, buffer or None)
        self.out = []  # (kind, text)
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if tag in SKIP_TAGS:
            self.skip += 1
        for attr in ("placeholder",):
            if a.get(attr):
                self.out.append(("placeholder", a[attr]))
        if tag == "input" and (a.get("type") or "").lower() in ("submit", "button", "reset") and a.get("value"):
            self.out.append(("button", a["value"]))
        if tag == "img" and a.get("alt"):
            pass
        kind = None
        if classes & ERROR_CLASSES:
            kind = "error"
        elif classes & HINT_CLASSES:
            kind = "hint"
        elif tag == "a" and classes & BUTTON_CLASSES:
            kind = "button"
        elif tag in HTML_KINDS:
            kind = HTML_KINDS[tag]
        elif classes & NOTICE_CLASSES:
            kind = "notice"
        if tag in ("br", "img", "input", "meta", "link", "hr", "wbr", "source", "area", "col", "base"):
            return
        self.stack.append((tag, kind, [] if kind else None))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.stack and self.stack[-1][0] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        # close up to the matching tag (templates are not always well formed)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                while len(self.stack) > i:
                    t, kind, buf = self.stack.pop()
                    if kind and buf is not None:
                        text = " ".join("".join(buf).split())
                        if text:
                            self.out.append((kind, text))
                return

    def handle_data(self, data):
        if self.skip:
            return
        for t, kind, buf in reversed(self.stack):
            if buf is not None:
                buf.append(data)
                return


def html_blocks(src: str):
    p = TextBlocks()
    p.feed(detemplate(src))
    p.close()
    return [(k, clean(t)) for k, t in p.out]
