//! HTML → main text and metadata. dom_smoothie (a readability.js port) finds the main
//! content; before it runs we read metadata and remove boilerplate containers, after it we
//! apply the line rules of [`crate::boiler`].

use std::borrow::Cow;

use augur_core::{Diagnostic, DocMeta};
use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};

use crate::date::{date_from_url, normalise_date};

/// Switches of the HTML path (from [`crate::ExtractOptions`]).
pub struct HtmlOptions {
    pub preclean: bool,
    pub headline: bool,
    pub title_fallback: bool,
}

/// What the HTML path produced: paragraphs (not yet cleaned by line rules) and metadata.
pub struct HtmlResult {
    pub paragraphs: Vec<String>,
    pub meta: DocMeta,
}

/// Elements that are boilerplate by their tag (`nav`, `aside`, `footer`, short figures), role,
/// or a whole class/id token. Matched in one pass over the elements; `body`, `html`, `main`
/// and `article` are never removed.
const BOILER_ROLES: &[&str] = &["navigation", "complementary"];
const BOILER_TOKENS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "social-share",
    "share-buttons",
    "sharebar",
    "share-bar",
    "related",
    "related-articles",
    "related-posts",
    "related-content",
    "read-more",
    "readmore",
    "newsletter",
    "newsletter-signup",
    "cookie",
    "cookies",
    "cookie-banner",
    "cookie-notice",
    "cookie-consent",
    "comments",
    "comment-respond",
    "respond",
    "comment-form",
    "comments-area",
    "disqus_thread",
    "subscribe",
    "subscription",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "tag-list",
    "author-bio",
    "advert",
    "advertisement",
    "ad-container",
    "promo",
];

/// Class/id tokens of comment sections: removed whatever their size.
const COMMENT_TOKENS: &[&str] =
    &["comments", "comment-respond", "respond", "comment-form", "comments-area", "disqus_thread"];

/// A container matched only by a class/id token but holding more text than this is the
/// article itself wearing a misleading class (`entry share`, `content read-more`).
const TOKEN_MATCH_MAX_CHARS: usize = 1500;

/// Figures and captions longer than this carry content (listicles, photo essays).
const FIGURE_MAX_CHARS: usize = 300;

/// Characters of an element's text, whitespace runs counted as one.
fn text_chars(node: &dom_query::NodeRef<'_>) -> usize {
    node.text().split_whitespace().map(|w| w.chars().count() + 1).sum()
}

fn is_boilerplate_element(node: &dom_query::NodeRef<'_>) -> bool {
    let Some(name) = node.node_name() else { return false };
    let name = name.as_ref();
    if matches!(name, "body" | "html" | "main" | "article") {
        return false;
    }
    if matches!(name, "figure" | "figcaption") {
        return text_chars(node) <= FIGURE_MAX_CHARS;
    }
    if matches!(name, "nav" | "footer") {
        return true;
    }
    if name == "aside" || node.attr("role").is_some_and(|r| BOILER_ROLES.contains(&r.as_ref())) {
        return true;
    }
    if node.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true") {
        return true;
    }
    let mut comment = false;
    let mut hit = |t: &str| {
        let h = BOILER_TOKENS.contains(&t);
        comment |= h && COMMENT_TOKENS.contains(&t);
        h
    };
    let class_hit = node.attr("class").is_some_and(|c| c.split_ascii_whitespace().any(&mut hit));
    let id_hit = node.attr("id").is_some_and(|i| hit(i.trim()));
    (class_hit || id_hit) && (comment || text_chars(node) <= TOKEN_MATCH_MAX_CHARS)
}

fn config() -> Config {
    Config { text_mode: TextMode::Formatted, ..Config::default() }
}

/// Extracts the main text and metadata from decoded HTML. `url` is the page address if
/// known (absolute), used for relative links and URL dates.
pub fn extract_html(html: &str, url: Option<&str>, opts: &HtmlOptions, diags: &mut Vec<Diagnostic>) -> HtmlResult {
    let html = match cap_nesting(html, MAX_DEPTH) {
        Cow::Borrowed(h) => Cow::Borrowed(h),
        Cow::Owned(h) => {
            diags.push(Diagnostic::warning(
                "extract",
                "deep-nesting-flattened",
                format!("elements nested deeper than {MAX_DEPTH} levels were unwrapped"),
            ));
            Cow::Owned(h)
        }
    };
    let dom = Dom::from(html.as_ref());
    let mut meta = read_meta(&dom);
    let h1s = if opts.headline { h1_texts(&dom) } else { Vec::new() };
    if opts.preclean {
        preclean_dom(&dom);
    }
    let page_url = url.filter(|u| plausible_absolute_url(u));
    let paragraphs = match main_content(dom, &html, page_url, diags) {
        Ok(article) => {
            if meta.title.is_none() && !article.title.trim().is_empty() {
                meta.title = Some(article.title.trim().to_string());
            }
            fill(&mut meta.author, article.byline.as_deref());
            fill(&mut meta.site, article.site_name.as_deref());
            fill(&mut meta.lang, article.lang.as_deref());
            if meta.date.is_none() {
                meta.date = article.published_time.as_deref().and_then(normalise_date);
            }
            let mut paras = split_paragraphs(&article.text_content);
            if opts.headline {
                if let Some(h) = headline(&h1s, meta.title.as_deref(), opts.title_fallback) {
                    if !starts_with_headline(&paras, &h) {
                        paras.insert(0, h);
                    }
                }
            }
            paras
        }
        Err(body_paragraphs) => body_paragraphs,
    };
    if meta.date.is_none() {
        if let Some(d) = meta.url.as_deref().or(url).and_then(date_from_url) {
            meta.date = Some(d);
        }
    }
    HtmlResult { paragraphs, meta }
}

fn preclean_dom(dom: &Dom) {
    if let Some(body) = dom.body() {
        let doomed: Vec<_> = body.descendants_it().filter(|n| n.is_element() && is_boilerplate_element(n)).collect();
        for node in doomed {
            node.remove_from_parent();
        }
    }
}

/// The main content by dom_smoothie, or (with a diagnostic) the whole body's paragraphs.
fn main_content(
    dom: Dom,
    html: &str,
    url: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Result<dom_smoothie::Article, Vec<String>> {
    let mut r = match Readability::with_document(dom, url, Some(config())) {
        Ok(r) => r,
        Err(e) => {
            // Only a URL dom_smoothie rejects gets here; fall back to the whole body.
            diags.push(Diagnostic::warning("extract", "bad-url", format!("{e}")));
            return Err(split_paragraphs(&Dom::from(html).select("body").formatted_text()));
        }
    };
    match r.parse() {
        Ok(article) => Ok(article),
        Err(e) => {
            diags.push(Diagnostic::warning(
                "extract",
                "no-main-content",
                format!("main-content detection failed: {e}"),
            ));
            Err(split_paragraphs(&r.doc.select("body").formatted_text()))
        }
    }
}

/// Texts of the first `<h1>` elements (whitespace collapsed), read before pre-cleaning.
fn h1_texts(dom: &Dom) -> Vec<String> {
    let Some(sel) = dom.try_select("h1") else { return Vec::new() };
    sel.nodes()
        .iter()
        .take(8)
        .map(|n| collapse_ws(&n.text()))
        .filter(|t| (3..=300).contains(&t.chars().count()))
        .collect()
}

fn words_lower(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The page headline: the first `<h1>` that repeats most of the title (sites put their
/// name or a section in other `<h1>`s), else with `title_fallback` the title itself.
/// Readability drops a heading that duplicates the title, but the headline states the
/// story's main event.
pub fn headline(h1s: &[String], title: Option<&str>, title_fallback: bool) -> Option<String> {
    let title = title.map(str::trim).filter(|t| !t.is_empty())?;
    let tw = words_lower(title);
    let matching = h1s.iter().find(|h| {
        let hw = words_lower(h);
        let shared = hw.iter().filter(|w| tw.contains(w)).count();
        hw.len() >= 2 && shared * 10 >= hw.len() * 7 && shared * 10 >= tw.len() * 5
    });
    match matching {
        Some(h) => Some(h.clone()),
        None if title_fallback && h1s.is_empty() && tw.len() >= 3 => Some(collapse_ws(title)),
        None => None,
    }
}

/// Whether one of the first paragraphs already is (or opens with) the headline.
fn starts_with_headline(paras: &[String], headline: &str) -> bool {
    let h = words_lower(headline);
    paras.iter().take(3).any(|p| {
        let pw = words_lower(p);
        pw.len() >= h.len() && pw[..h.len()] == h[..]
    })
}

/// Real pages nest a few dozen levels; parsing and content scoring are quadratic in depth,
/// so deeper markup (hostile or broken) is unwrapped before parsing.
const MAX_DEPTH: usize = 200;

/// Elements that never have content, and ones whose end tag is commonly omitted (they
/// cannot nest deeply anyway because the parser closes them implicitly).
fn does_not_nest(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "td"
            | "th"
            | "tr"
            | "option"
            | "dt"
            | "dd"
            | "!doctype"
            | "html"
            | "head"
            | "body"
            | "tbody"
            | "thead"
    )
}

/// Drops start and end tags that would nest deeper than `max`, keeping all text. A single
/// linear scan; `Cow::Borrowed` when nothing had to change.
pub fn cap_nesting(html: &str, max: usize) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut skipped: Vec<(String, usize)> = Vec::new();
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let start = i + off;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(b.len(), |e| start + e + 3);
            if i >= b.len() {
                break;
            }
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len =
            b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'!' || **c == b'-').count();
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let end = b[name_start..].iter().position(|&c| c == b'>').map_or(b.len(), |e| name_start + e + 1);
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let self_closing = end >= 2 && b[end - 2] == b'/';
        if !closing && matches!(name.as_str(), "script" | "style" | "textarea" | "title" | "xmp" | "noscript") {
            // Raw text: skip to the end tag.
            let close = format!("</{name}");
            let lower_rest = &html[end.min(b.len())..];
            i = find_ci(lower_rest, &close).map_or(b.len(), |p| {
                let close_at = end + p;
                b[close_at..].iter().position(|&c| c == b'>').map_or(b.len(), |e| close_at + e + 1)
            });
            if i >= b.len() {
                break;
            }
            continue;
        }
        let mut drop = false;
        if !does_not_nest(&name) && !self_closing {
            if closing {
                if let Some(entry) = skipped.iter_mut().rev().find(|(n, _)| *n == name) {
                    if entry.1 > 0 {
                        entry.1 -= 1;
                        drop = true;
                    }
                }
                if !drop {
                    depth = depth.saturating_sub(1);
                }
            } else if depth >= max {
                drop = true;
                match skipped.iter_mut().find(|(n, _)| *n == name) {
                    Some(entry) => entry.1 += 1,
                    None => skipped.push((name, 1)),
                }
            } else {
                depth += 1;
            }
        }
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..start]);
            copied = end;
        }
        i = end;
        if i >= b.len() {
            break;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[copied.min(html.len())..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(html),
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes().windows(n).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// `http(s)://host…` without whitespace; anything else is not used as the base URL.
fn plausible_absolute_url(u: &str) -> bool {
    let rest = u.strip_prefix("http://").or_else(|| u.strip_prefix("https://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '_' | '@'))
            && !u.chars().any(char::is_whitespace)
    })
}

fn fill(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
            *slot = Some(collapse_ws(v));
        }
    }
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits formatted text into paragraphs (blank-line separated), normalising spaces
/// inside lines and keeping single line breaks (lists, `<br>`).
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        let lines: Vec<String> = block.lines().map(collapse_ws).filter(|l| !l.is_empty()).collect();
        if !lines.is_empty() {
            out.push(lines.join("\n"));
        }
    }
    out
}

/// Metadata from `<head>`: Open Graph, Dublin Core, schema.org (JSON-LD and microdata),
/// `<time>`, canonical link, `lang`.
fn read_meta(dom: &Dom) -> DocMeta {
    let mut m = DocMeta::default();
    // One pass over all <meta> elements; lookups below are by lower-cased key.
    let mut metas: Vec<(String, String)> = Vec::new();
    if let Some(sel) = dom.try_select("meta") {
        for node in sel.nodes() {
            let Some(content) = node.attr("content") else { continue };
            let content = content.trim();
            if content.is_empty() {
                continue;
            }
            for key_attr in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = node.attr(key_attr) {
                    metas.push((k.trim().to_ascii_lowercase(), content.to_string()));
                }
            }
        }
    }
    let meta_content = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| metas.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v.clone()))
    };
    m.url = dom
        .try_select("link[rel=canonical]")
        .and_then(|s| s.attr("href"))
        .map(|h| h.trim().to_string())
        .filter(|h| h.starts_with("http"))
        .or_else(|| meta_content(&["og:url"]).filter(|h| h.starts_with("http")));
    m.lang = dom
        .try_select("html[lang]")
        .and_then(|s| s.attr("lang"))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .or_else(|| meta_content(&["content-language", "og:locale", "dc.language", "language"]));
    m.site = meta_content(&["og:site_name", "application-name"]);
    m.author = meta_content(&["author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"])
        .filter(|a| !a.starts_with("http"))
        .map(|a| collapse_ws(a.trim_start_matches("By ").trim_start_matches("by ")));
    let json_ld: Vec<String> = dom
        .try_select("script[type=\"application/ld+json\"]")
        .map(|s| s.nodes().iter().map(|n| n.text().to_string()).collect())
        .unwrap_or_default();
    let mut date = meta_content(&[
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "dcterms.date",
        "date",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "published-date",
        "release_date",
        "cxenseparse:recs:publishtime",
    ])
    .and_then(|d| normalise_date(&d));
    if date.is_none() {
        date = json_ld.iter().find_map(|j| json_ld_field(j, "datePublished")).and_then(|d| normalise_date(&d));
    }
    if date.is_none() {
        if let Some(s) = dom.try_select("time[datetime]") {
            let nodes = s.nodes();
            let best = nodes
                .iter()
                .find(|n| n.has_attr("pubdate") || n.attr("itemprop").is_some_and(|v| v.contains("datePublished")))
                .or_else(|| nodes.first());
            date = best.and_then(|n| n.attr("datetime")).and_then(|d| normalise_date(&d));
        }
    }
    if date.is_none() {
        date = meta_content(&["article:modified_time", "dateModified", "og:updated_time", "last-modified"])
            .and_then(|d| normalise_date(&d))
            .or_else(|| json_ld.iter().find_map(|j| json_ld_field(j, "dateModified")).and_then(|d| normalise_date(&d)));
    }
    m.date = date;
    if m.author.is_none() {
        m.author = json_ld.iter().find_map(|j| json_ld_author(j));
    }
    m
}

/// The first string value of `"key": "…"` anywhere in a JSON-LD block (tolerant of
/// invalid JSON, which is common in the wild).
fn json_ld_field(json: &str, key: &str) -> Option<String> {
    let pat = format!("\"{key}\"");
    let i = json.find(&pat)?;
    let rest = json[i + pat.len()..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}

fn json_ld_author(json: &str) -> Option<String> {
    let i = json.find("\"author\"")?;
    let rest = &json[i..];
    let name = json_ld_field(rest, "name").or_else(|| json_ld_field(json, "author"))?;
    let name = collapse_ws(&name);
    (!name.is_empty() && name.len() < 120 && !name.starts_with("http")).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_fields() {
        let j = r#"{"@type":"NewsArticle","datePublished" : "2024-01-02T10:00:00+01:00","author":{"@type":"Person","name":"Ana  Gómez"}}"#;
        assert_eq!(json_ld_field(j, "datePublished").as_deref(), Some("2024-01-02T10:00:00+01:00"));
        assert_eq!(json_ld_author(j).as_deref(), Some("Ana Gómez"));
        assert_eq!(json_ld_field("{\"datePublished\": 5}", "datePublished"), None);
    }

    #[test]
    fn headlines() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        type Case<'a> = (Vec<String>, Option<&'a str>, bool, Option<&'a str>);
        let cases: [Case<'_>; 5] = [
            (
                h(&["World Desk", "Blinken meets Wang Yi"]),
                Some("Blinken meets Wang Yi | World Desk"),
                false,
                Some("Blinken meets Wang Yi"),
            ),
            (h(&["World Desk"]), Some("Blinken meets Wang Yi | World Desk"), false, None),
            (h(&[]), Some("Blinken meets Wang Yi"), true, Some("Blinken meets Wang Yi")),
            (h(&[]), Some("Blinken meets Wang Yi"), false, None),
            (h(&["Blinken meets Wang Yi"]), None, true, None),
        ];
        for (h1s, title, fallback, expected) in cases {
            assert_eq!(headline(&h1s, title, fallback).as_deref(), expected, "{h1s:?} {title:?}");
        }
        let paras = h(&["Blinken meets Wang Yi", "Text."]);
        assert!(starts_with_headline(&paras, "Blinken meets Wang Yi"));
        assert!(!starts_with_headline(&paras[1..], "Blinken meets Wang Yi"));
    }

    #[test]
    fn base_urls() {
        let cases = [
            ("https://example.org/a/b?c#d", true),
            ("http://localhost:8080/", true),
            ("http://exa mple.com/", false),
            ("https://", false),
            ("ftp://example.org/", false),
            ("/relative/path", false),
        ];
        for (u, expected) in cases {
            assert_eq!(plausible_absolute_url(u), expected, "{u}");
        }
    }

    #[test]
    fn caps_nesting() {
        let cases = [
            ("<div><div><p>x</p></div></div>", 5, "<div><div><p>x</p></div></div>"),
            ("<div><div><div>x</div></div></div>", 2, "<div><div>x</div></div>"),
            ("<div><span><b>x</b></span></div>", 1, "<div>x</div>"),
            ("<div><script>if (a<div) {}</script><div>x</div></div>", 1, "<div><script>if (a<div) {}</script>x</div>"),
            ("<div><!-- <div> --><br><img src=x><div>y</div></div>", 1, "<div><!-- <div> --><br><img src=x>y</div>"),
            ("a < b and <3", 1, "a < b and <3"),
            ("<div><div", 1, "<div>"),
        ];
        for (input, max, expected) in cases {
            assert_eq!(cap_nesting(input, max), expected, "{input}");
        }
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "Title\n\n  First   para\nsecond line \n\n\n\nLast";
        assert_eq!(split_paragraphs(t), vec!["Title", "First para\nsecond line", "Last"]);
    }
}
