//! The three ways Open Trivia DB encodes its strings: HTML entities (the default), base64, and
//! percent-encoding (`url3986`, or `urlLegacy` with `+` for spaces).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use percent_encoding::percent_decode_str;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `&quot;`, `&#039;`, `&eacute;`…: the API's default.
    Html,
    /// `encode=base64`.
    Base64,
    /// `encode=url3986` or `encode=urlLegacy`.
    Url,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Html => "html",
            Encoding::Base64 => "base64",
            Encoding::Url => "url",
        }
    }

    /// Works out the encoding of a response from its question types (`multiple`, `boolean`, or
    /// those two in base64) and its texts (percent-encoded text has no spaces and some `%XX`).
    pub fn detect<'a>(types: &[&str], texts: impl IntoIterator<Item = &'a str>) -> Encoding {
        let plain = |t: &str| matches!(t, "multiple" | "boolean");
        if !types.is_empty() && !types.iter().any(|t| plain(t)) {
            let as_base64 = |t: &&str| decode(Encoding::Base64, t).is_ok_and(|d| plain(&d));
            if types.iter().any(as_base64) {
                return Encoding::Base64;
            }
        }
        let mut escaped = false;
        for text in texts {
            if text.contains(' ') {
                return Encoding::Html;
            }
            escaped |= text.contains('+') || has_percent_escape(text);
        }
        if escaped {
            Encoding::Url
        } else {
            Encoding::Html
        }
    }
}

fn has_percent_escape(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// The plain text of `text`, with runs of white space made one space and the ends trimmed.
pub fn decode(encoding: Encoding, text: &str) -> Result<String, String> {
    let decoded = match encoding {
        Encoding::Html => html_escape::decode_html_entities(text).into_owned(),
        Encoding::Base64 => {
            let bytes = STANDARD
                .decode(text.trim())
                .map_err(|e| format!("not base64 ({e})"))?;
            String::from_utf8(bytes).map_err(|_| "base64 that is not UTF-8 text".to_owned())?
        }
        Encoding::Url => percent_decode_str(&text.replace('+', " "))
            .decode_utf8()
            .map_err(|_| "percent-encoding that is not UTF-8 text".to_owned())?
            .into_owned(),
    };
    Ok(decoded.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_encoding_decodes_to_the_same_text() {
        let plain = "Which café's \"menu\" lists 50% off & more?";
        let html = "Which caf&eacute;&#039;s &quot;menu&quot; lists 50% off &amp; more?";
        let base64 = STANDARD.encode(plain);
        let url3986 = "Which%20caf%C3%A9%27s%20%22menu%22%20lists%2050%25%20off%20%26%20more%3F";
        let legacy = "Which+caf%C3%A9%27s+%22menu%22+lists+50%25+off+%26+more%3F";
        assert_eq!(decode(Encoding::Html, html).unwrap(), plain);
        assert_eq!(decode(Encoding::Base64, &base64).unwrap(), plain);
        assert_eq!(decode(Encoding::Url, url3986).unwrap(), plain);
        assert_eq!(decode(Encoding::Url, legacy).unwrap(), plain);
        assert_eq!(
            decode(Encoding::Html, "  two\n  lines&nbsp;&hellip; ").unwrap(),
            "two lines …"
        );
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(decode(Encoding::Base64, "not base64!").is_err());
        assert!(decode(Encoding::Base64, &STANDARD.encode([0xff, 0xfe])).is_err());
        assert!(decode(Encoding::Url, "%FF%FE").is_err());
        // A stray % in percent-encoded text is kept, not an error.
        assert_eq!(decode(Encoding::Url, "100%").unwrap(), "100%");
    }

    #[test]
    fn the_encoding_is_detected() {
        let texts = ["What is 2 + 2?", "Four"];
        assert_eq!(Encoding::detect(&["multiple"], texts), Encoding::Html);
        assert_eq!(
            Encoding::detect(&["bXVsdGlwbGU=", "Ym9vbGVhbg=="], ["V2hhdA=="]),
            Encoding::Base64
        );
        assert_eq!(
            Encoding::detect(&["boolean"], ["Is%20it%3F", "True"]),
            Encoding::Url
        );
        assert_eq!(
            Encoding::detect(&["boolean"], ["Is+it%3F", "True"]),
            Encoding::Url
        );
        // One word with no escapes reads the same either way.
        assert_eq!(Encoding::detect(&["boolean"], ["Paris"]), Encoding::Html);
    }
}
