//! Colour and emphasis for terminal output, or none at all when colour is off.

use anstyle::{AnsiColor, Effects};

/// How text is decorated and laid out. With `enabled` false every method returns the text
/// unchanged, so piped output and `NO_COLOR` get plain text; every line is wrapped to `width`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub enabled: bool,
    /// The columns a line may take: the terminal's (up to `READING_WIDTH`), or `PIPED_WIDTH`.
    pub width: usize,
}

/// The width of text that is not going to a terminal (a pipe, a file, a test).
pub const PIPED_WIDTH: usize = 78;

/// The widest a line gets on a wide terminal: longer lines are hard to read.
pub const READING_WIDTH: usize = 98;

impl Style {
    pub const PLAIN: Style = Style {
        enabled: false,
        width: PIPED_WIDTH,
    };

    /// The width to wrap to on a terminal of `columns` columns: two short of its edge, as piped
    /// text is of 80, and no wider than `READING_WIDTH` (nor narrower than 20).
    pub fn width_for(columns: usize) -> usize {
        columns.saturating_sub(2).clamp(20, READING_WIDTH)
    }

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
        let coloured = Style {
            enabled: true,
            ..Style::PLAIN
        }
        .good("ok");
        assert!(coloured.contains('\u{1b}') && coloured.contains("ok"));
    }

    #[test]
    fn the_width_follows_the_terminal_up_to_a_reading_width() {
        assert_eq!(Style::width_for(40), 38);
        assert_eq!(Style::width_for(80), PIPED_WIDTH);
        assert_eq!(Style::width_for(200), READING_WIDTH);
        assert_eq!(Style::width_for(0), 20);
    }
}
