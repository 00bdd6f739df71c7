//! Units after a number and the symbols that stand for them: "21.5 kg" for kilograms, "40%" for
//! percent, "$5" for dollars (#11).

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
    // Plain "degrees" after a temperature is in the scale the fact uses ("47 degrees" for 47 C);
    // a scale's letter is never an angle's degrees.
    let scale = matches!(unit.as_str(), "c" | "f" | "celsius" | "fahrenheit");
    if scale && matches!(tail.as_str(), "degrees" | "degree" | "deg") {
        return true;
    }
    // A currency's code of two letters or more, written after the amount as well as before it
    // ("1.75B VT", "25 million RM"); one letter after a number is no currency ("5 N", "3 P").
    let coded = tail.len() >= 2
        && currency_code(&tail, false).is_some_and(|name| {
            currency(name).is_some_and(|family| currency(&unit) == Some(family))
        });
    coded
        || UNITS
            .iter()
            .chain(&CURRENCIES)
            .any(|family| family.contains(&unit.as_str()) && family.contains(&tail.as_str()))
}

/// Currencies by their names, normalised: the first of each is the one the symbols are read as.
const CURRENCIES: [&[&str]; 11] = [
    &["dollars", "dollar", "usd", "us dollars", "bucks"],
    &["euros", "euro", "eur"],
    &[
        "pounds",
        "pound",
        "pounds sterling",
        "sterling",
        "gbp",
        "quid",
    ],
    &["rupees", "rupee", "rs", "inr"],
    &["yen", "jpy"],
    &["ringgit", "myr", "rm"],
    &["rand", "rands", "zar"],
    &["rupiah", "idr", "rp"],
    &["pesos", "peso", "php"],
    &["naira", "ngn"],
    &["vatu", "vuv"],
];

/// Abbreviations and codes a currency is written with before its amount ("Rs 800", "RM25
/// million", "R1.2 million", "USD 40", "P2.5 million" in Philippine copy,
/// "N2.3 billion" in Nigerian copy, "VT1.2 billion" in Vanuatu's), in the case news copy
/// writes them, with the currency's name.
const CODES: [(&str, &str); 21] = [
    ("Rs", "rupees"),
    ("INR", "rupees"),
    ("RM", "ringgit"),
    ("MYR", "ringgit"),
    ("R", "rand"),
    ("ZAR", "rand"),
    ("Rp", "rupiah"),
    ("IDR", "rupiah"),
    ("USD", "dollars"),
    ("EUR", "euros"),
    ("GBP", "pounds"),
    ("JPY", "yen"),
    ("SGD", "dollars"),
    ("AUD", "dollars"),
    ("P", "pesos"),
    ("PHP", "pesos"),
    ("Php", "pesos"),
    ("N", "naira"),
    ("NGN", "naira"),
    ("VT", "vatu"),
    ("VUV", "vatu"),
];

/// The currency a code written before an amount names ("Rs" and "INR" are rupees), as written
/// (`exact`) or in any case, as a player may type it.
pub fn currency_code(code: &str, exact: bool) -> Option<&'static str> {
    CODES
        .iter()
        .find(|(c, _)| {
            if exact {
                *c == code
            } else {
                c.eq_ignore_ascii_case(code)
            }
        })
        .map(|&(_, name)| name)
}

/// Whether `unit` names a currency ("rupees", "dollars").
pub fn is_currency(unit: &str) -> bool {
    let unit = crate::normalize::key(unit);
    CURRENCIES
        .iter()
        .any(|names| names.contains(&unit.as_str()))
}

/// Whether `text` opens with a currency's code and then its amount ("Rs 800", "RM25 million"),
/// or with the letters and "$" that say whose dollars ("US$18.2m").
pub fn currency_code_first(text: &str) -> bool {
    let letters = text.trim_start().split('$').next().unwrap_or("");
    let whose = text.trim_start()[letters.len()..]
        .strip_prefix('$')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    code_first(text).is_some() || (whose && dollar_prefix(letters))
}

/// An amount written after its currency's code ("Rs 3.2 crore", "Rs. 800", "RM25 million",
/// "r450,000"), as the amount and the currency's name after it ("3.2 crore rupees"); `None` when
/// `text` does not open with a code and then digits.
pub fn code_first(text: &str) -> Option<String> {
    let text = text.trim_start();
    let letters = text.find(|c: char| !c.is_ascii_alphabetic())?;
    let name = currency_code(&text[..letters], false)?;
    let rest = text[letters..]
        .strip_prefix('.')
        .unwrap_or(&text[letters..]);
    let rest = rest.trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then(|| format!("{rest} {name}"))
}

/// The currency `word` names, by one of its names ("rs", "rupees", "inr" are the rupee).
pub fn currency(word: &str) -> Option<&'static str> {
    CURRENCIES
        .iter()
        .find(|names| names.contains(&word))
        .map(|names| names[0])
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

/// Letters written before "$" to say whose dollars: "US$18.2m", "A$5", "NZ$40", "HK$1.2bn".
pub fn dollar_prefix(letters: &str) -> bool {
    matches!(
        letters,
        "US" | "A" | "AU" | "C" | "CA" | "NZ" | "HK" | "S" | "SG" | "NT"
    )
}

/// Symbols written as the words they stand for: "40%" as "40 percent", "$5" as "5 dollars" (and
/// "US$5", the country's letters dropped), "½" as "and a half".
pub fn with_symbols_as_words(text: &str) -> std::borrow::Cow<'_, str> {
    const SYMBOLS: [char; 12] = ['%', '$', '€', '£', '₹', '¥', '₱', '₦', '°', '½', '¼', '¾'];
    if !text.contains(SYMBOLS) {
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
            '$' => {
                // "US$18.2m" (typed "us$18.2m" too): the letters that open the word are part
                // of the currency mark.
                let letters = out.len()
                    - out
                        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .len();
                let start = out.len() - letters;
                let opens = !out[..start].ends_with(char::is_alphanumeric);
                if letters > 0 && opens && dollar_prefix(&out[start..].to_ascii_uppercase()) {
                    out.truncate(start);
                }
                currency = Some("dollars");
            }
            '€' => currency = Some("euros"),
            '£' => currency = Some("pounds"),
            '₹' => currency = Some("rupees"),
            '¥' => currency = Some("yen"),
            '₱' => currency = Some("pesos"),
            '₦' => currency = Some("naira"),
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
        ] {
            assert!(!unit_matches(unit, typed), "{unit} {typed}");
        }
    }
}
