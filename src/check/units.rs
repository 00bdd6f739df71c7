//! Units after a number and the symbols that stand for them: "21.5 kg" for kilograms, "40%" for
//! percent, "$5" for dollars (#11); a currency's names, code and signs are its row of
//! `currencies` (#15).

use super::currencies;

/// Whether `tail` names the fact's `unit`: the same word, singular or plural, or a usual short
/// form of it ("kg" for "kilograms", "%" for "percent", "mins" for "minutes").
pub fn unit_matches(unit: &str, tail: &str) -> bool {
    let unit = crate::normalize::key(&with_symbols_as_words(unit));
    let tail = crate::normalize::key(&with_symbols_as_words(tail));
    let singular = |s: &str| {
        s.strip_suffix('s')
            .map(str::to_owned)
            .unwrap_or_else(|| s.to_owned())
    };
    if tail.is_empty() {
        return false;
    }
    if tail == unit || singular(&tail) == singular(&unit) {
        return true;
    }
    // "10-fold", "2x": a count of times written with its digits (#15).
    if unit == "times" && matches!(tail.as_str(), "fold" | "x") {
        return true;
    }
    // Plain "degrees" after a temperature is in the scale the fact uses ("47 degrees" for 47 C);
    // a scale's letter is never an angle's degrees.
    let scale = matches!(unit.as_str(), "c" | "f" | "celsius" | "fahrenheit");
    if scale && matches!(tail.as_str(), "degrees" | "degree" | "deg") {
        return true;
    }
    // A currency's sign or code of two letters or more, written after the amount as well as
    // before it ("1.75B VT", "25 million RM", "500 kr"); one letter after a number is no
    // currency ("5 N", "3 P").
    let family = currency(&unit);
    let coded = family.is_some()
        && tail.chars().count() >= 2
        && currencies::written(&tail, false).any(|c| Some(c.unit) == family);
    coded
        || (family.is_some() && currency(&tail) == family)
        || UNITS
            .iter()
            .any(|family| family.contains(&unit.as_str()) && family.contains(&tail.as_str()))
}

/// Whether `word` (in lower case) is a unit of measure the checker knows ("kilometres", "km",
/// "miles", "minutes"): what a number before it measures.
pub fn is_measure(word: &str) -> bool {
    UNITS.iter().any(|family| family.contains(&word))
}

/// The currency a code or sign written before an amount names ("Rs" and "INR" are rupees), as
/// written (`exact`) or in any case, as a player may type it: the first currency that writes
/// it ("P" is pesos before the pula).
pub fn currency_code(code: &str, exact: bool) -> Option<&'static str> {
    currencies::written(code, exact).next().map(|c| c.unit)
}

/// Whether `unit` names a currency ("rupees", "dollars").
pub fn is_currency(unit: &str) -> bool {
    currency(&crate::normalize::key(unit)).is_some()
}

/// Whether `text` opens with a currency's code and then its amount ("Rs 800", "RM25 million"),
/// or with the letters and the symbol of a sign ("US$18.2m", "R$5 billion").
pub fn currency_code_first(text: &str) -> bool {
    let text = text.trim_start();
    let letters = &text[..text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len())];
    let mut after = text[letters.len()..].chars();
    let whose = after.next().is_some_and(|symbol| {
        currencies::letters_and_symbol(letters, symbol, false).is_some()
            && after.as_str().starts_with(|c: char| c.is_ascii_digit())
    });
    code_first(text, None).is_some() || whose
}

/// An amount written after its currency's code ("Rs 3.2 crore", "Rs. 800", "RM25 million",
/// "r450,000", "KSh 2.5bn"), as the amount and the currency's name after it ("3.2 crore
/// rupees"); `None` when `text` does not open with a code and then digits. A code several
/// currencies write ("P", "K") is read as the fact's `unit` where it is one of them.
pub fn code_first(text: &str, unit: Option<&str>) -> Option<String> {
    let text = text.trim_start();
    let letters = text.find(|c: char| !c.is_alphabetic())?;
    if letters == 0 {
        return None;
    }
    let family = unit.and_then(|u| currency(&crate::normalize::key(u)));
    let mut named = currencies::written(&text[..letters], false).map(|c| c.unit);
    let first = named.next()?;
    let name = named
        .chain(std::iter::once(first))
        .find(|&n| Some(n) == family)
        .unwrap_or(first);
    let rest = text[letters..]
        .strip_prefix('.')
        .unwrap_or(&text[letters..]);
    let rest = rest.trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then(|| format!("{rest} {name}"))
}

/// The currency `word` names, by one of its names ("rs", "rupees", "inr" are the rupee).
pub fn currency(word: &str) -> Option<&'static str> {
    currencies::unit_of(word)
}

/// Units and their usual short forms, normalised.
const UNITS: [&[&str]; 25] = [
    &[
        "kilograms",
        "kilogram",
        "kilogrammes",
        "kilogramme",
        "kg",
        "kgs",
        "kilo",
        "kilos",
    ],
    &["grams", "gram", "grammes", "gramme", "g", "gm", "gms"],
    &["pounds", "pound", "lb", "lbs"],
    &["tonnes", "tonne", "tons", "ton", "t", "metric tons"],
    &["metres", "metre", "meters", "meter", "m"],
    &[
        "kilometres",
        "kilometre",
        "kilometers",
        "kilometer",
        "km",
        "kms",
    ],
    &[
        "centimetres",
        "centimetre",
        "centimeters",
        "centimeter",
        "cm",
    ],
    &[
        "millimetres",
        "millimetre",
        "millimeters",
        "millimeter",
        "mm",
    ],
    &["miles", "mile", "mi"],
    &["feet", "foot", "ft"],
    &["inches", "inch"],
    &["miles per hour", "mph"],
    &[
        "kilometres per hour",
        "kilometers per hour",
        "km h",
        "kmh",
        "kph",
        "kmph",
        "km per hour",
    ],
    &["percent", "per cent", "pc", "pct", "percentage"],
    &["hours", "hour", "hrs", "hr", "h"],
    &["minutes", "minute", "mins", "min"],
    &["seconds", "second", "secs", "sec", "s"],
    &["days", "day"],
    &["years", "year", "yrs", "yr"],
    &["degrees", "degree", "deg"],
    // A temperature's scale, written as its letter after the number ("47C") or in words (plain
    // "degrees" is read by `unit_matches` as the scale the fact uses).
    &[
        "c",
        "degrees c",
        "degree c",
        "deg c",
        "celsius",
        "degrees celsius",
        "centigrade",
        "degrees centigrade",
    ],
    &[
        "f",
        "degrees f",
        "degree f",
        "deg f",
        "fahrenheit",
        "degrees fahrenheit",
    ],
    &["megahertz", "mhz"],
    &["kilohertz", "khz"],
    &["people", "persons", "person"],
];

/// Letters written before "$" as one of a currency's signs, to say whose dollars ("US" of
/// "US$18.2m", "A", "NZ", "HK") or whose money ("R" of Brazil's "R$5 billion").
pub fn dollar_prefix(letters: &str) -> bool {
    currencies::letters_and_symbol(letters, '$', true).is_some()
}

/// Symbols written as the words they stand for: "40%" as "40 percent", "$5" as "5 dollars" (and
/// "US$5", "R$5" as "5 reais": the letters of a sign written before its symbol dropped),
/// "½" as "and a half".
pub fn with_symbols_as_words(text: &str) -> std::borrow::Cow<'_, str> {
    // Every symbol, of a currency too, is '%', '$' or outside ASCII.
    if !text
        .bytes()
        .any(|b| b == b'%' || b == b'$' || !b.is_ascii())
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut currency = None;
    for c in text.chars() {
        match c {
            '%' => out.push_str(" percent"),
            // "47°C": the scale's letter is a word of its own.
            '°' => out.push_str(" degrees "),
            '½' => out.push_str(" and a half"),
            '¼' => out.push_str(" and a quarter"),
            '¾' => out.push_str(" and three quarters"),
            c if !c.is_alphanumeric() && !c.is_whitespace() => {
                // "US$18.2m" (typed "us$18.2m" too), "R$5", "GH¢300": the letters that open the
                // word are part of the currency's sign (a symbol of its own or not: "¢" alone is
                // a cent).
                let letters = out.len()
                    - out
                        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .len();
                let start = out.len() - letters;
                let opens = !out[..start].ends_with(char::is_alphanumeric);
                let whose =
                    currencies::letters_and_symbol(&out[start..], c, false).filter(|_| opens);
                match whose.or(currencies::symbol(c)) {
                    Some(named) => {
                        if whose.is_some() {
                            out.truncate(start);
                        }
                        currency = Some(named.unit);
                    }
                    None => out.push(c),
                }
            }
            c => out.push(c),
        }
    }
    if let Some(word) = currency {
        out.push(' ');
        out.push_str(word);
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::unit_matches;

    #[test]
    fn a_count_of_times_takes_fold_and_x_after_its_digits() {
        for tail in ["-fold", "fold", "x", "times"] {
            assert!(unit_matches("times", tail), "{tail}");
        }
        // Only after a count of times: "10x" is no number of metres.
        assert!(!unit_matches("metres", "x"));
        assert!(!unit_matches("times", "xx"));
    }

    #[test]
    fn a_temperatures_scale_is_its_letter_symbol_or_name() {
        for typed in [
            "C",
            "°C",
            "° C",
            "degrees",
            "degrees C",
            "Celsius",
            "degrees Celsius",
        ] {
            assert!(unit_matches("C", typed), "{typed}");
        }
        for typed in ["F", "°F", "fahrenheit", "kg"] {
            assert!(!unit_matches("C", typed), "{typed}");
        }
        assert!(unit_matches("F", "°F"));
        assert!(!unit_matches("F", "Celsius"));
        assert!(unit_matches("C", "deg") && unit_matches("F", "degrees"));
        // An angle's degrees are still degrees, and no scale.
        assert!(unit_matches("degrees", "°"));
        assert!(unit_matches("degrees", "deg"));
        for scale in ["F", "C", "celsius", "°F"] {
            assert!(!unit_matches("degrees", scale), "{scale}");
        }
    }

    #[test]
    fn a_currencys_code_after_the_amount_names_it_as_before() {
        for (unit, typed) in [
            ("vatu", "VT"),
            ("vatu", "vt"),
            ("ringgit", "RM"),
            ("naira", "NGN"),
            ("rupees", "INR"),
            ("yen", "JPY"),
            ("shillings", "KSh"),
            ("shillings", "UGX"),
            ("kronor", "kr"),
            ("kroner", "kr"),
            ("forints", "Ft"),
            ("zlotys", "zł"),
            ("zlotys", "PLN"),
        ] {
            assert!(unit_matches(unit, typed), "{unit} {typed}");
        }
        // Another currency's code, and a one-letter code, which after a number names no currency.
        for (unit, typed) in [
            ("vatu", "RM"),
            ("naira", "N"),
            ("pesos", "P"),
            ("rand", "R"),
            ("dollars", "JPY"),
            ("kronor", "NOK"),
            ("shillings", "Rs"),
            ("kwacha", "K"),
            ("feet", "kr"),
        ] {
            assert!(!unit_matches(unit, typed), "{unit} {typed}");
        }
    }
}
