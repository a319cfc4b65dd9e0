//! HTML → main text and metadata. dom_smoothie (a readability.js port) finds the main
//! content; before it runs we read metadata and remove boilerplate containers, after it we
//! apply the line rules of [`crate::boiler`].

use augur_core::{Diagnostic, DocMeta};
use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};

use crate::date::{date_from_url, normalise_date};

/// What the HTML path produced: paragraphs (not yet cleaned by line rules) and metadata.
pub struct HtmlResult {
    pub paragraphs: Vec<String>,
    pub meta: DocMeta,
}

/// Elements that are boilerplate by their role or by their class/id, removed before
/// content scoring. Conservative: containers that hold articles are never matched by
/// these words in practice, and `body`/`main`/`article` are exempt.
const BOILER_SELECTORS: &str = "nav, aside, footer, figcaption, figure, [role=navigation], [role=complementary], [aria-hidden=true], \
    .share, .sharing, .social, .social-share, .share-buttons, .sharebar, .share-bar, .related, .related-articles, \
    .related-posts, .related-content, .read-more, .readmore, .newsletter, .newsletter-signup, .cookie, .cookies, \
    .cookie-banner, .cookie-notice, .cookie-consent, #cookie-banner, #cookie-notice, .comments, #comments, \
    .comment-respond, #respond, .comment-form, .comments-area, #disqus_thread, .subscribe, .subscription, \
    .breadcrumb, .breadcrumbs, .tags, .tag-list, .author-bio, .advert, .advertisement, .ad-container, .promo";

fn config() -> Config {
    Config { text_mode: TextMode::Formatted, ..Config::default() }
}

/// Extracts the main text and metadata from decoded HTML. `url` is the page address if
/// known (absolute), used for relative links and URL dates.
pub fn extract_html(html: &str, url: Option<&str>, preclean: bool, diags: &mut Vec<Diagnostic>) -> HtmlResult {
    let dom = Dom::from(html);
    let mut meta = read_meta(&dom);
    let selectors = std::env::var("AUGUR_PRECLEAN").unwrap_or_else(|_| BOILER_SELECTORS.to_string());
    if let Some(sel) = dom.try_select(&selectors).filter(|_| preclean) {
        for node in sel.nodes() {
            if node.is_element() && !matches!(node.node_name().as_deref(), Some("body" | "html" | "main" | "article")) {
                node.remove_from_parent();
            }
        }
    }
    let page_url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut paragraphs = Vec::new();
    match Readability::with_document(dom, page_url, Some(config())) {
        Ok(mut r) => match r.parse() {
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
                paragraphs = split_paragraphs(&article.text_content);
            }
            Err(e) => {
                diags.push(Diagnostic::warning("extract", "no-main-content", format!("main-content detection failed: {e}")));
                let body = r.doc.select("body");
                paragraphs = split_paragraphs(&body.formatted_text());
            }
        },
        Err(e) => diags.push(Diagnostic::warning("extract", "bad-url", format!("{e}"))),
    }
    if meta.date.is_none() {
        if let Some(d) = meta.url.as_deref().or(url).and_then(date_from_url) {
            meta.date = Some(d);
        }
    }
    HtmlResult { paragraphs, meta }
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
    let meta_content = |names: &[&str]| -> Option<String> {
        for n in names {
            let sel = format!("meta[property=\"{n}\" i], meta[name=\"{n}\" i], meta[itemprop=\"{n}\" i]");
            if let Some(s) = dom.try_select(&sel) {
                for node in s.nodes() {
                    if let Some(v) = node.attr("content") {
                        let v = v.trim();
                        if !v.is_empty() {
                            return Some(v.to_string());
                        }
                    }
                }
            }
        }
        None
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
        .or_else(|| meta_content(&["content-language", "og:locale", "dc.language", "language"]))
        .or_else(|| dom.try_select("meta[http-equiv=\"content-language\" i]").and_then(|s| s.attr("content")).map(|v| v.to_string()));
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
    fn paragraphs_split_on_blank_lines() {
        let t = "Title\n\n  First   para\nsecond line \n\n\n\nLast";
        assert_eq!(split_paragraphs(t), vec!["Title", "First para\nsecond line", "Last"]);
    }
}
