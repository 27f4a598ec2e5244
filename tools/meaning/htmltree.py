"""A small HTML tree (standard library only) and the reading rules of the content script that
`relais scan` does not cover yet: headings, and paragraphs of fewer than 12 words.

The rules mirror `crate/cli/src/page.rs` and `extension/content/content.js`: the same skipped
elements, the same "own text" (nested hints, fields and buttons left out), the same site chrome
(header, footer, navigation) and the same paragraphs that are messages rather than prose.
"""

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# Elements an opening tag of the same name closes (HTML's implied end tags, the common cases).
SELF_CLOSING_SIBLINGS = {"p", "li", "option", "dt", "dd", "tr", "td", "th"}
BLOCKS_CLOSING_P = {"div", "p", "ul", "ol", "dl", "table", "form", "fieldset", "section", "h1", "h2",
                    "h3", "h4", "h5", "h6", "header", "footer", "nav", "main", "aside", "pre", "blockquote"}

SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "code", "pre", "iframe"}
CHROME_TAGS = {"header", "footer", "nav"}
CHROME_ROLES = {"banner", "contentinfo", "navigation"}
MIN_PARAGRAPH_WORDS = 12


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self.parent = parent

    @property
    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.stack = [self.root]

    def _close(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_starttag(self, tag, attrs):
        top = self.stack[-1]
        if tag in SELF_CLOSING_SIBLINGS and top.tag == tag:
            self.stack.pop()
        elif tag in BLOCKS_CLOSING_P and top.tag == "p":
            self.stack.pop()
        parent = self.stack[-1]
        node = Node(tag, {k: (v or "") for k, v in attrs}, parent)
        parent.children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        self._close(tag)

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html):
    b = _Builder()
    b.feed(html)
    b.close()
    return b.root


def skip_element(n):
    a = n.attrs
    return (n.tag in SKIP_TAGS or a.get("translate") == "no" or "notranslate" in n.classes
            or ("contenteditable" in a and a["contenteditable"] in ("", "true")))


def skipped(n):
    return skip_element(n) or any(skip_element(a) for a in n.ancestors())


def in_chrome(n):
    return any(a.tag in CHROME_TAGS or a.attrs.get("role") in CHROME_ROLES for a in n.ancestors())


def own_text(n, leave_out=()):
    """The element's own text: nested hints, fields, buttons, skipped elements and elements
    matching `leave_out` (a predicate) are not part of it."""
    out = []

    def collect(e, top):
        if not top and ("fr-hint-text" in e.classes or e.tag in ("input", "select", "textarea", "button")
                        or skip_element(e) or any(f(e) for f in leave_out)):
            return
        for c in e.children:
            if isinstance(c, str):
                out.append(c)
            else:
                collect(c, False)

    collect(n, True)
    return " ".join("".join(out).split())


def _stepper_state(n):
    return "fr-stepper__state" in n.classes


def _not_prose(n):
    if n.classes & {"fr-message", "fr-error-text", "fr-hint-text"}:
        return True
    return any(a.tag in ("label", "legend") or a.attrs.get("role") == "alert"
               or "fr-alert--error" in a.classes for a in n.ancestors())


def extra_blocks(html):
    """(kind, text) of the blocks `relais scan` leaves out today: headings (`heading`; a DSFR
    stepper's "Étape 1 sur 3" is its own `text`) and paragraphs of fewer than 12 words (`text`),
    outside the site chrome, in document order."""
    out = []
    for n in parse(html).walk():
        if skipped(n) or in_chrome(n):
            continue
        if n.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            t = own_text(n, leave_out=(_stepper_state,))
            if any(c.isalpha() for c in t):
                out.append(("heading", t))
            for s in n.walk():
                if _stepper_state(s):
                    t = own_text(s)
                    if any(c.isalpha() for c in t):
                        out.append(("text", t))
        elif n.tag == "p" or "fr-callout__text" in n.classes:
            if _not_prose(n):
                continue
            t = own_text(n)
            if any(c.isalpha() for c in t) and len(t.split()) < MIN_PARAGRAPH_WORDS:
                out.append(("text", t))
    return out
