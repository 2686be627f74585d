// Reader-mode copy of a saved page: Mozilla Readability (the engine of Firefox's Reader View)
// picks the article; the copy is laid out as Reader View shows it (site, title, byline, date,
// then the article's blocks, one per paragraph). Usage: node reader_copy.js PAGE.html URL
// [CLICK_JS]. CLICK_JS, if given, runs first (e.g. the page's own "Read More" handler).
"use strict";
const fs = require("fs");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [, , file, url, click] = process.argv;
const dom = new JSDOM(fs.readFileSync(file, "utf8"), { url });
const doc = dom.window.document;
if (click) new Function("document", "window", click)(doc, dom.window);
const article = new Readability(doc).parse();
if (!article) {
  process.stderr.write("Readability found no article\n");
  process.exit(1);
}
const body = new JSDOM(article.content).window.document;
const blocks = [];
for (const el of body.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption")) {
  if (el.querySelector("p, li, blockquote")) continue; // a container: its children come on their own
  const text = el.textContent.replace(/\s+/g, " ").trim();
  if (text) blocks.push(text);
}
const lines = [new URL(url).hostname.replace(/^www\./, ""), article.title];
if (article.byline) lines.push(article.byline);
if (article.publishedTime) {
  const day = new Date(article.publishedTime);
  lines.push(day.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }));
}
process.stdout.write(lines.join("\n") + "\n\n" + blocks.join("\n\n") + "\n");
