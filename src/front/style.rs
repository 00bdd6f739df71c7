//! Colour and emphasis for terminal output, or none at all when colour is off.

use anstyle::{AnsiColor, Effects};

/// How text is decorated. With `enabled` false every method returns the text unchanged, so piped
/// output and `NO_COLOR` get plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub enabled: bool,
}

impl Style {
    pub const PLAIN: Style = Style { enabled: false };

    fn paint(self, style: anstyle::Style, text: &str) -> String {
        if self.enabled {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_owned()
        }
    }

    pub fn good(self, text: &str) -> String {
        self.paint(AnsiColor::Green.on_default().effects(Effects::BOLD), text)
    }

    pub fn bad(self, text: &str) -> String {
        self.paint(AnsiColor::Red.on_default().effects(Effects::BOLD), text)
    }

    pub fn strong(self, text: &str) -> String {
        self.paint(anstyle::Style::new().effects(Effects::BOLD), text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(anstyle::Style::new().effects(Effects::DIMMED), text)
    }

    pub fn accent(self, text: &str) -> String {
        self.paint(AnsiColor::Cyan.on_default(), text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_style_adds_nothing_and_colour_adds_escapes() {
        assert_eq!(Style::PLAIN.good("ok"), "ok");
        let coloured = Style { enabled: true }.good("ok");
        assert!(coloured.contains('\u{1b}') && coloured.contains("ok"));
    }
}
