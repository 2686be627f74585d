"""Render pages into the shapes researchers save them in (text-browser dumps, copies, archived
copies, AMP, print views, reposts), as fixtures: the NK News article page in every shape, and a
generic corpus page as lynx and w3m dumps.

Usage (from the repository root; needs the tools, the tests do not)::

    apt-get install -y lynx w3m links elinks chromium html2text
    npm install --prefix /tmp/reader @mozilla/readability jsdom
    .venv/bin/python scripts/render_text_shapes.py --node-modules /tmp/reader/node_modules

Each shape becomes ``fixtures/nknews/<shape>/input.{txt,html}`` plus a ``meta.json`` naming the
tool, its version and the command; ``expected.json`` is then made with
``pytest tests/test_fixtures.py --regen -k nknews`` and reviewed. Text browsers render the
page as served from its URL (a ``<base href>`` is added so relative links resolve as they
would online); nothing is fetched (Chromium runs with every host unresolvable).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import lxml.html
from nknews_constructed import amp_page, blogger_repost, front_page, print_view, wayback_page

REPO = Path(__file__).resolve().parent.parent
FIX = REPO / "fixtures" / "nknews"
ARTICLE = FIX / "html-2019-hidden-fulltext"
CATEGORY = FIX / "not-article-category-html"
NARROW = 50
GENERIC = "body-related-teasers-taipeitimes"
READ_MORE = (
    "document.getElementById('excerptContent').style.display='none';"
    "document.getElementById('fullContent').style.display='';"
)
"""What the page's own "Read More" handler does (its script, at the end of the page)."""


def _version(cmd: list[str], pattern: str) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = re.search(pattern, out.stdout + out.stderr)
    return found.group(0).strip() if found else "unknown version"


def versions() -> dict[str, str]:
    return {
        "lynx": _version(["lynx", "-version"], r"Lynx Version \S+"),
        "w3m": _version(["w3m", "-version"], r"w3m version \S+"),
        "links": _version(["links", "-version"], r"Links \S+"),
        "elinks": _version(["elinks", "-version"], r"ELinks \S+"),
        "chromium": _version(["chromium", "--version"], r"Chromium \S+"),
        "html2text": _version(["html2text", "-version"], r"html2text,? (?:version )?\S+"),
    }


def with_base(html: str, url: str) -> str:
    """The page as served from ``url``: a ``<base href>`` first in ``<head>``."""
    return re.sub(r"<head>", f'<head>\n<base href="{url}">', html, count=1)


def run(cmd: list[str], stdin: str | None = None) -> str:
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True)
    return out.stdout


def command(tool: str, width: int | None, nolist: bool = False) -> list[str]:
    """The command line that renders a page with ``tool`` (the page's path goes last)."""
    if tool == "lynx":
        cmd = ["lynx", "-dump", "-force_html", "-display_charset=utf-8",
               "-assume_charset=utf-8"]
        cmd += [f"-width={width}"] if width else []
        return cmd + (["-nolist"] if nolist else [])
    if tool == "w3m":
        return ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                *(["-cols", str(width)] if width else [])]
    if tool == "links":
        return ["links", "-dump", "-codepage", "utf-8", *(["-width", str(width)] if width else [])]
    if tool == "elinks":
        return ["elinks", "-dump", "-dump-charset", "utf-8", "-no-home",
                *(["-dump-width", str(width)] if width else [])]
    if tool == "html2text":
        return ["html2text", "-utf8", "-width", str(width or 79)]
    raise ValueError(tool)


def text_browser(tool: str, width: int | None, nolist: bool = False) -> Callable[[Path], str]:
    """Render a page file; links to the file itself (lynx resolves ``#fragment`` links against
    the file, not the ``<base href>``) are shown as the page's URL, as when served from it."""
    def render(path: Path) -> str:
        text = run([*command(tool, width, nolist), str(path)])
        base = re.search(r'<base href="([^"]+)">', path.read_text(encoding="utf-8"))
        if not base:
            return text
        for own in (path.as_uri(), f"file://localhost{path}"):
            text = text.replace(own, base.group(1))
        return text
    return render


def command_line(tool: str, width: int | None, nolist: bool = False) -> str:
    return " ".join([*command(tool, width, nolist), "PAGE"])


def chromium_inner_text(html: str, url: str, selector: str, click: str | None) -> str:
    """``element.innerText`` in headless Chromium: what a select-all copy gives."""
    script = (
        "<script>(function(){"
        + (click or "")
        + f"var el=document.querySelector({json.dumps(selector)});"
        "document.documentElement.setAttribute('data-copy', el.innerText);})();</script>"
    )
    page = with_base(html, url).replace("</body>", script + "</body>")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        dom = run([
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
            "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp}/profile",
            path.as_uri(),
        ])
    root = lxml.html.document_fromstring(dom)
    return str(root.get("data-copy")) + "\n"


def reader_copy(html: str, url: str, node_modules: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        env = {**os.environ, "NODE_PATH": str(node_modules)}
        out = subprocess.run(
            ["node", str(REPO / "scripts" / "reader_copy.js"), str(path), url, READ_MORE],
            capture_output=True, text=True, check=True, env=env,
        )
    return out.stdout


def write_case(name: str, text: str, suffix: str, url: str | None, source: str,
               fetched: str | None = None, site: str = "nknews") -> None:
    folder = REPO / "fixtures" / ("nknews" if site == "nknews" else "generic") / name
    folder.mkdir(exist_ok=True)
    for old in folder.glob("input.*"):
        old.unlink()
    (folder / f"input.{suffix}").write_text(text, encoding="utf-8")
    meta: dict[str, object] = {"url": url, "adapter": site, "pass_url": False, "source": source}
    if fetched:
        meta["fetched"] = fetched
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--node-modules", type=Path, required=True)
    args = parser.parse_args()
    for tool in ("lynx", "w3m", "links", "elinks", "chromium", "html2text", "node"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (see the usage in this script)")
    ver = versions()
    meta = json.loads((ARTICLE / "meta.json").read_text(encoding="utf-8"))
    url: str = meta["url"]
    html = (ARTICLE / "input.html").read_text(encoding="utf-8")
    cat_meta = json.loads((CATEGORY / "meta.json").read_text(encoding="utf-8"))
    cat_url: str = cat_meta["url"]
    cat_html = (CATEGORY / "input.html").read_text(encoding="utf-8")
    origin = "fixtures/nknews/html-2019-hidden-fulltext (the 2019 theme page)"

    with tempfile.TemporaryDirectory() as tmp:
        served = Path(tmp) / "article.html"
        served.write_text(with_base(html, url), encoding="utf-8")
        shapes = [
            ("lynx", None, False), ("lynx", NARROW, False), ("lynx", None, True),
            ("lynx", NARROW, True), ("w3m", None, False), ("w3m", NARROW, False),
            ("links", None, False), ("links", NARROW, False), ("elinks", None, False),
            ("elinks", NARROW, False),
        ]
        for tool, width, nolist in shapes:
            name = f"dump-2019-{tool}{'-nolist' if nolist else ''}{'-narrow' if width else ''}"
            text = text_browser(tool, width, nolist)(served)
            write_case(name, text, "txt", url,
                       f"real tool: {ver[tool]}, `{command_line(tool, width, nolist)}` on "
                       f"{origin}, served from its URL (a <base href> added); routed without "
                       "its URL")
        saved = text_browser("html2text", None)(served)
        write_case("save-as-text-2019-html2text", saved, "txt", url,
                   f"real tool: {ver['html2text']}, `{command_line('html2text', None)}` on {origin}"
                   " (Debian's html2text stands in for a browser's 'Save Page As: Text', which "
                   "could not be driven headless here); routed without its URL")

        for name, selector, click, what in (
            ("copy-page-2019-chromium-read-more", "body", READ_MORE,
             "the whole page after the Read More click"),
            ("copy-page-2019-chromium-as-loaded", "body", None,
             "the whole page as loaded (full text still hidden: the teaser only)"),
            ("copy-article-2019-chromium", ".content-wrapper", READ_MORE,
             "the article block only, after the Read More click"),
        ):
            text = chromium_inner_text(html, url, selector, click)
            clicked = (
                "; the Read More click is its handler's effect (#excerptContent hidden, "
                "#fullContent shown)" if click else ""
            )
            write_case(name, text, "txt", url,
                       f"real tool: {ver['chromium']} headless, {selector}.innerText (a select-all "
                       f"copy) of {what}, on {origin}; the page's CSS and scripts are not loaded "
                       f"(offline){clicked}; routed without its URL")

        reader = reader_copy(html, url, args.node_modules)
        write_case("reader-copy-2019-readability", reader, "txt", url,
                   "real tool: @mozilla/readability 0.6.0 on jsdom 29.1.1 (scripts/reader_copy.js)"
                   f" on {origin} after the Read More click; laid out as Reader View shows it "
                   "(site, title, byline, date, blocks). Readability takes span.related-author "
                   "of the Related Articles box as the byline, so this shape names the wrong "
                   "author; routed without its URL")

        wayback = wayback_page(html, url, "20191106093512")
        write_case("wayback-html-2019", wayback, "html", url,
                   "constructed: the Wayback Machine's documented replay markup applied to "
                   f"{origin}: playback scripts and banner CSS in <head>, the toolbar between "
                   "BEGIN/END WAYBACK TOOLBAR INSERT at the top of <body>, every link rewritten to "
                   "/web/20191106093512[im_|js_|cs_]/<original>, the archive comment at the end; "
                   "routed without a URL (the canonical link points into the archive)")
        archived = Path(tmp) / "wayback.html"
        capture = f"https://web.archive.org/web/20191106093512/{url}"
        archived.write_text(with_base(wayback, capture), encoding="utf-8")
        write_case("wayback-dump-2019-lynx", text_browser("lynx", None)(archived), "txt", url,
                   f"real tool: {ver['lynx']}, `{command_line('lynx', None)}` on "
                   "fixtures/nknews/wayback-html-2019 (the archived copy); routed without a URL")

        write_case("amp-html-2019", amp_page(html, url), "html", url,
                   "constructed: the AMP page (/amp/ URL) the AMP for WordPress plugin's classic "
                   f"template makes from the post data of {origin}: <html amp>, AMP boilerplate, "
                   "the AMP runtime script, amp-img, its NewsArticle JSON-LD, canonical link to "
                   "the article; routed without a URL")
        write_case("print-view-html-2019", print_view(html, url), "html", url,
                   "constructed: the print view (/print/ URL) the WP-Print plugin's template makes "
                   f"from the post data of {origin}: title, 'Posted By <author> On <date> @ <time>"
                   " In <category>', the post content, 'Article printed from', 'URL to article', "
                   "the link list, copyright; routed without a URL")
        write_case("repost-blogger-html-2016", blogger_repost(), "html", None,
                   "constructed: a Blogger post page (Blogger's standard layout markup: blog "
                   "header, date header, post title, post body, 'Posted by ... at', 'No "
                   "comments:', share links, labels, Blog Archive and profile widgets) whose post "
                   "body carries the NK News article of the seed "
                   "(fixtures/nknews/seed-blogger-repost-2016, the text dump of such a page); "
                   "routed without a URL")

        cat = Path(tmp) / "category.html"
        cat.write_text(with_base(cat_html, cat_url), encoding="utf-8")
        write_case("not-article-dump-category-lynx", text_browser("lynx", None)(cat), "txt",
                   cat_url,
                   f"real tool: {ver['lynx']}, `{command_line('lynx', None)}` on "
                   "fixtures/nknews/not-article-category-html; routed without its URL")
        front = Path(tmp) / "front.html"
        front.write_text(with_base(front_page(cat_html), "https://www.nknews.org/"),
                         encoding="utf-8")
        write_case("not-article-dump-front-page-w3m", text_browser("w3m", None)(front), "txt",
                   "https://www.nknews.org/",
                   f"real tool: {ver['w3m']}, `{command_line('w3m', None)}` on a front page "
                   "constructed from fixtures/nknews/not-article-category-html (same theme; home "
                   "body class, site title, a lead story and the latest items); routed without "
                   "its URL")

        generic = REPO / "fixtures" / "generic" / GENERIC
        generic_meta = json.loads((generic / "meta.json").read_text(encoding="utf-8"))
        page = Path(tmp) / "generic.html"
        page.write_text(with_base((generic / "input.html").read_text(encoding="utf-8"),
                                  generic_meta["url"]), encoding="utf-8")
        for tool in ("lynx", "w3m"):
            write_case(f"dump-{tool}-taipeitimes", text_browser(tool, None)(page), "txt",
                       generic_meta["url"],
                       f"real tool: {ver[tool]}, `{command_line(tool, None)}` on "
                       f"fixtures/generic/{GENERIC} (a real corpus page); routed without its URL",
                       site="generic")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
