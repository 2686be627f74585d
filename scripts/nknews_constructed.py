# ruff: noqa: E501  (the page templates keep the markup of the pages they copy, long lines included)
"""Pages no tool here can make, built from the NK News page's own data by documented markup.

Each builder says what markup it follows; the article data (headline, byline, text) always comes
from the page it is given, never typed in here.
"""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "fixtures" / "nknews" / "seed-blogger-repost-2016" / "input.txt"


def _data(page: str) -> dict[str, str]:
    root = lxml.html.document_fromstring(page)

    def text(xpath: str) -> str:
        found = root.xpath(xpath)
        return " ".join(found[0].text_content().split()) if found else ""

    def meta(prop: str) -> str:
        found = root.xpath(f"//meta[@property='{prop}' or @name='{prop}']/@content")
        return str(found[0]) if found else ""

    full = root.xpath("//*[@id='fullContent']")[0]
    content = "\n".join(lxml.html.tostring(child, encoding="unicode").strip() for child in full)
    return {
        "title": text("//*[contains(@class,'content-title')]"),
        "subtitle": text("//*[contains(@class,'content-subtitle')]"),
        "author": text("//*[contains(@class,'content-meta')]//a"),
        "author_url": str(root.xpath("//*[contains(@class,'content-meta')]//a/@href")[0]),
        "day": text("//*[contains(@class,'content-meta')]//span"),
        "content": content,
        "published": meta("article:published_time"),
        "modified": meta("article:modified_time"),
        "section": meta("article:section"),
        "tags": "|".join(root.xpath("//meta[@property='article:tag']/@content")),
        "image": meta("og:image"),
        "description": meta("og:description"),
    }


# -- the Wayback Machine ------------------------------------------------------------------------

_WB_HEAD = """<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{url}","{ts}","https://web.archive.org/","web","/_static/",
              "{epoch}");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
"""

_WB_TOOLBAR = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"><div id="donato-base"></div></div>
<div id="wm-ipp-inside">
  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;">
    <a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="/_static/images/toolbar/wayback-toolbar-logo-100.png, /_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, /_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
  </div>
  <div class="c">
    <div class="u" style="position:relative">
      <form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{url}" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" /></form>
    </div>
    <div class="n">
      <div class="b"><a href="https://web.archive.org/web/20191029114206/{url}" title="29 Oct 2019">OCT</a></div>
      <div class="c" title="You are here: 09:35:12 Nov 06, 2019">NOV</div>
      <div class="f"><a href="https://web.archive.org/web/20201206041744/{url}" title="06 Dec 2020">DEC</a></div>
    </div>
    <div class="n">
      <div class="b"><a href="https://web.archive.org/web/20191029114206/{url}" title="29 Oct 2019">29</a></div>
      <div class="c">06</div>
      <div class="f"><a href="https://web.archive.org/web/20201206041744/{url}" title="06 Dec 2020">06</a></div>
    </div>
    <div class="s">
      <div id="wm-nav-captures">
        <a class="t" href="/web/{ts}*/{url}" title="See a list of every capture for this URL">3 captures</a>
        <div class="r" title="Timespan for captures of this URL">29 Oct 2019 - 06 Dec 2020</div>
      </div>
    </div>
    <div class="k">
      <a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative"><canvas id="wm-sparkline-canvas" width="675" height="27" border="0"></canvas></div></a>
    </div>
  </div>
  <div class="r" style="display:block;">
    <div id="wm-btns" style="white-space:nowrap;">
      <a href="#close" onclick="__wm.h(event);return false;" style="display:block;padding-right:18px;" title="Close the toolbar">Close</a>
      <a href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine">Help</a>
    </div>
    <div id="wm-share"><a href="/web/{ts}/http://web.archive.org/screenshot/{url}" id="wm-screenshot" title="screenshot">Screenshot</a></div>
  </div>
</div>
</div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{url}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(675,27,25,2,"web","{url}","{ts}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
"""

_WB_TAIL = """<!--
     FILE ARCHIVED ON 09:35:12 Nov 06, 2019 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 21:40:06 Nov 30, 2026.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
"""

_ATTR_URL = re.compile(r"""(?P<pre>\b(?P<attr>href|src|data-lazy-src|action)=(?P<q>["']))(?P<url>[^"']*)(?P=q)""")


def wayback_page(page: str, url: str, ts: str) -> str:
    """The page as the Wayback Machine replays a capture taken at ``ts``."""
    origin = "https://www.nknews.org"

    def rewrite(match: re.Match[str]) -> str:
        link = match.group("url")
        if link.startswith("#") or link.startswith("data:") or not link:
            return match.group(0)
        if link.startswith("//"):
            link = "https:" + link
        elif link.startswith("/"):
            link = origin + link
        elif not link.startswith("http"):
            return match.group(0)
        tag_end = page.rfind("<", 0, match.start())
        tag = page[tag_end + 1: tag_end + 8].lower()
        flag = ""
        if tag.startswith("img") or match.group("attr") == "data-lazy-src":
            flag = "im_"
        elif tag.startswith("script"):
            flag = "js_"
        elif tag.startswith("link") and "stylesheet" in page[tag_end: match.start()]:
            flag = "cs_"
        return f"{match.group('pre')}https://web.archive.org/web/{ts}{flag}/{link}{match.group('q')}"

    out = _ATTR_URL.sub(rewrite, page)
    head = _WB_HEAD.format(url=url, ts=ts, epoch="1573032912")
    out = re.sub(r"(<head>\n?)", lambda m: m.group(1) + head, out, count=1)
    out = re.sub(r"(<body[^>]*>\n?)", lambda m: m.group(1) + _WB_TOOLBAR.format(url=url, ts=ts),
                 out, count=1)
    return out.replace("</html>", "</html>\n" + _WB_TAIL)


# -- AMP ----------------------------------------------------------------------------------------

_AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s "
    "steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
    "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes "
    "-amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from"
    "{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to"
    "{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;"
    "-ms-animation:none;animation:none}</style></noscript>"
)


def _amp_content(content: str) -> str:
    """The post content as AMP allows it: ``<img>`` becomes ``<amp-img>``, no ``<noscript>``."""
    content = re.sub(r"<noscript>.*?</noscript>", "", content, flags=re.S)
    content = re.sub(r'\s(?:style|data-lazy-src)="[^"]*"', "", content)
    return re.sub(
        r"<img\b([^>]*)>",
        lambda m: f'<amp-img{m.group(1)} layout="intrinsic"></amp-img>', content,
    )


def amp_page(page: str, url: str) -> str:
    d = _data(page)
    amp_url = url.rstrip("/") + "/amp/"
    esc = htmllib.escape
    tags = d["tags"].split("|")
    jsonld = (
        '{"@context":"http:\\/\\/schema.org","publisher":{"@type":"Organization","name":"NK News"'
        ',"logo":{"@type":"ImageObject","url":"https:\\/\\/www.nknews.org\\/wp-content\\/uploads'
        '\\/2014\\/04\\/nknews-logo.png","height":60,"width":246}},"@type":"BlogPosting",'
        f'"mainEntityOfPage":"{url}","headline":"{d["title"]}","datePublished":"{d["published"]}",'
        f'"dateModified":"{d["modified"]}","author":{{"@type":"Person","name":"{d["author"]}"}},'
        f'"image":{{"@type":"ImageObject","url":"{d["image"]}","height":675,"width":1200}}}}'
    )
    tag_links = ", ".join(
        f'<a href="https://www.nknews.org/tag/{t.lower().replace(" ", "-")}/" rel="tag">{esc(t)}</a>'
        for t in tags
    )
    section = d["section"]
    return f"""<!doctype html>
<html amp lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<link rel="preload" as="script" href="https://cdn.ampproject.org/v0.js">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(d["title"])} &#8211; NK News &#8211; North Korea News</title>
<link rel="canonical" href="{url}" />
<script type="application/ld+json">{jsonld}</script>
{_AMP_BOILERPLATE}
<style amp-custom>.amp-wp-header{{background-color:#0a3b61}}.amp-wp-article{{color:#353535}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header">
  <div><a href="https://www.nknews.org/"><amp-img src="https://www.nknews.org/wp-content/uploads/2014/04/nknews-logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">NK News - North Korea News</span></a></div>
</header>
<article class="amp-wp-article">
  <header class="amp-wp-article-header">
    <h1 class="amp-wp-title">{esc(d["title"])}</h1>
    <div class="amp-wp-meta amp-wp-byline">
      <amp-img src="https://secure.gravatar.com/avatar/0b5b?s=72&#038;d=mm&#038;r=g" alt="{esc(d["author"])}" width="24" height="24" layout="fixed"></amp-img>
      <span class="amp-wp-author author vcard">{esc(d["author"])}</span>
    </div>
    <div class="amp-wp-meta amp-wp-posted-on">
      <time datetime="{d["published"]}">7 years ago</time>
    </div>
  </header>
  <figure class="amp-wp-article-featured-image wp-caption">
    <amp-img width="1200" height="675" src="{d["image"]}" class="attachment-large size-large wp-post-image" alt="" layout="intrinsic"></amp-img>
  </figure>
  <div class="amp-wp-article-content">
{_amp_content(d["content"])}
  </div>
  <footer class="amp-wp-article-footer">
    <div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://www.nknews.org/category/featured-content/nk-analysis/" rel="category tag">{esc(section)}</a></div>
    <div class="amp-wp-meta amp-wp-tax-tag">Tags: {tag_links}</div>
    <div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Leave a Comment</a></div>
  </footer>
</article>
<footer class="amp-wp-footer">
  <div>
    <h2>NK News - North Korea News</h2>
    <a href="#top" class="back-to-top">Back to top</a>
  </div>
</footer>
<!-- {amp_url} -->
</body>
</html>
"""


# -- WP-Print -----------------------------------------------------------------------------------


def print_view(page: str, url: str) -> str:
    d = _data(page)
    esc = htmllib.escape
    links = re.findall(r'<a [^>]*href="([^"]+)"', d["content"])
    numbered = d["content"]
    for i, link in enumerate(links, 1):  # WP-Print numbers the links of the post
        numbered = re.sub(rf'(<a [^>]*href="{re.escape(link)}"[^>]*>.*?</a>)', rf"\1 [{i}]",
                          numbered, count=1)
    url_list = "".join(f"<p>[{i}] {esc(link)}: {esc(link)}</p>" for i, link in enumerate(links, 1))
    url_part = f"<p><strong>URLs in this post:</strong></p>{url_list}" if links else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US">
<head>
	<title>NK News - North Korea News &raquo; {esc(d["title"])} &raquo; Print</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="Robots" content="noindex, nofollow" />
	<link rel="stylesheet" href="https://www.nknews.org/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
	<link rel="canonical" href="{url}" />
</head>
<body>
<p style="text-align: center;"><strong>- NK News - North Korea News - https://www.nknews.org -</strong></p>
<div class="Center">
	<div id="Outline">
		<p id="BlogTitle">{esc(d["title"])}</p>
		<p id="BlogDate">Posted By <u>{esc(d["author"])}</u> On {esc(d["day"])} @ 11:27 pm In {esc(d["section"])} | No Comments</p>
		<div id="BlogContent">{numbered}</div>
	</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p><strong>Article printed from NK News - North Korea News: https://www.nknews.org</strong></p>
<p><strong>URL to article: {esc(url)}</strong></p>
{url_part}
<p style="text-align: center;">Copyright &copy; 2019 NK News - North Korea News. All rights reserved.</p>
<p style="text-align: center;">Click <a href="#Print" onclick="window.print(); return false;" title="Click here to print.">here</a> to print.</p>
</body>
</html>
"""


# -- Blogger -------------------------------------------------------------------------------------


def blogger_repost() -> str:
    """A Blogger post page whose body is the NK News article of the seed dump."""
    lines = SEED.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    title = lines[2].strip()
    start = next(i for i, line in enumerate(lines) if line.startswith("NK News North Korea News"))
    end = next(i for i, line in enumerate(lines) if line.startswith("No comments"))
    paragraphs: list[str] = []
    for line in lines[start:end]:
        line = line.strip()
        if line == "---":
            paragraphs.append("<hr />")
        elif line:
            paragraphs.append(f"<div>{htmllib.escape(line)}</div>")
        else:
            paragraphs.append("<div><br /></div>")
    body = "\n".join(paragraphs)
    post = "https://russia-korea-digest.blogspot.com/2016/09/after-fifth-nuke-test-what-future-for.html"
    esc = htmllib.escape
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://russia-korea-digest.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{post}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Russia Korea Digest - Atom" href="https://russia-korea-digest.blogspot.com/feeds/posts/default" />
<meta content='{post}' property='og:url'/>
<meta content='{esc(title)}' property='og:title'/>
<meta content='Russia has  expressed “strongest possible condemnation” of  North Korean fifth nuclear test naming it...' property='og:description'/>
<title>Russia Korea Digest: {esc(title)}</title>
</head>
<body class='loading'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ }}</script></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://russia-korea-digest.blogspot.com/'>Russia Korea Digest</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>News and commentary on Russia and the two Koreas, collected.</span></p></div></div>
</div></div></div></header>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>Sunday, September 11, 2016</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='4571302268835610337' itemprop='blogId'/>
<meta content='8052316601453727601' itemprop='postId'/>
<a name='8052316601453727601'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-8052316601453727601' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/06123456789012345678' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/06123456789012345678' rel='author' title='author profile'><span itemprop='name'>Dmitri K.</span></a></span></span>
<span class='post-timestamp'>at <meta content='{post}' itemprop='url'/><a class='timestamp-link' href='{post}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2016-09-11T05:14:00-07:00'>5:14&#8239;AM</abbr></a></span>
<span class='post-comment-link'><a class='comment-link' href='{post}#comment-form' onclick=''>No comments:</a></span>
<span class='post-icons'><span class='item-control blog-admin pid-1718296450'><a href='https://www.blogger.com/post-edit.g?blogID=4571302268835610337&amp;postID=8052316601453727601&amp;from=pencil' title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=4571302268835610337&amp;postID=8052316601453727601&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=4571302268835610337&amp;postID=8052316601453727601&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID=4571302268835610337&amp;postID=8052316601453727601&amp;target=twitter' target='_blank' title='Share to X'><span class='share-button-link-text'>Share to X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=4571302268835610337&amp;postID=8052316601453727601&amp;target=facebook' target='_blank' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID=4571302268835610337&amp;postID=8052316601453727601&amp;target=pinterest' target='_blank' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://russia-korea-digest.blogspot.com/search/label/North%20Korea' rel='tag'>North Korea</a>, <a href='https://russia-korea-digest.blogspot.com/search/label/Russia' rel='tag'>Russia</a></span></div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4><p></p></div></p></div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://russia-korea-digest.blogspot.com/2016/09/kim-jong-un-inspects-new-satellite.html' id='Blog1-newer-link' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://russia-korea-digest.blogspot.com/2016/09/russian-experts-on-sanctions.html' id='Blog1-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://russia-korea-digest.blogspot.com/'>Home</a></div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://russia-korea-digest.blogspot.com/feeds/8052316601453727601/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='https://russia-korea-digest.blogspot.com/2016/'>2016</a><span class='post-count' dir='ltr'>(14)</span><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://russia-korea-digest.blogspot.com/2016/09/'>September</a><span class='post-count' dir='ltr'>(3)</span><ul class='posts'><li><a href='https://russia-korea-digest.blogspot.com/2016/09/kim-jong-un-inspects-new-satellite.html'>Kim Jong Un inspects new satellite control centre</a></li><li><a href='{post}'>{esc(title)}</a></li><li><a href='https://russia-korea-digest.blogspot.com/2016/09/russian-experts-on-sanctions.html'>Russian experts on sanctions after the test</a></li></ul></li></ul></li></ul></div></div></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/06123456789012345678' rel='author'>Dmitri K.</a></dt></dl><a class='profile-link' href='https://www.blogger.com/profile/06123456789012345678' rel='author'>View my complete profile</a></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer>
</div></div>
</body>
</html>
"""


# -- the front page ------------------------------------------------------------------------------


def front_page(category: str) -> str:
    """The category archive's theme turned into the site's home page."""
    out = category.replace('class="archive category category-news category-3"', 'class="home blog"')
    out = re.sub(r"<title>.*?</title>", "<title>NK News - North Korea News</title>", out)
    out = re.sub(r'<link rel="(?:canonical|prev|next)"[^>]*>\n', "", out)
    out = out.replace("<head>", '<head>\n<link rel="canonical" href="https://www.nknews.org/" />', 1)
    out = re.sub(r'content="https://www.nknews.org/category/news/page/3/"',
                 'content="https://www.nknews.org/"', out)
    out = out.replace('content="News | NK News"', 'content="NK News - North Korea News"')
    out = out.replace('content="object"', 'content="website"')
    out = re.sub(
        r'<div class="archive-header">.*?</div>',
        '<div class="home-lead"><div class="post-item-category"><a href="https://www.nknews.org/'
        'category/news/">News</a></div><h2 class="lead-title"><a href="https://www.nknews.org/'
        '2020/10/north-korea-holds-military-parade-at-night-for-party-anniversary/">North Korea '
        'holds night-time military parade for party anniversary</a></h2><div class="lead-'
        'subtitle">New missiles on display as Kim Jong Un thanks troops for pandemic work</div>'
        '</div><h3 class="section-title">Latest</h3>',
        out, count=1, flags=re.S,
    )
    return re.sub(r'<nav class="pagination">.*?</nav>', "", out, flags=re.S)
