//! The world's currencies as English-language news copy writes them, in one table: each one's
//! names, its ISO code, the signs written before or after an amount ("KSh", "Rs", "₹", "R$") and
//! the countries that use it (by name, people, capital or biggest city). The judge reads a typed
//! amount's currency from it (`check::units`), and the drafter reads an article's (`draft::numbers`,
//! which takes a sign that may be something else only where the article names the currency or
//! one of its countries). Adding a currency is one row.

/// One country's (or one group of countries') currency.
#[derive(Debug)]
pub struct Currency {
    /// The name a fact's unit gives it, in the plural, lower case ("shillings", "yen"): the name
    /// the judge reads every other name, code and sign as, and the unit the drafter gives an
    /// amount. Currencies with the same `unit` are one to the judge ("KSh" and "TSh" are both
    /// shillings); the drafter tells them apart by country only where a sign needs it.
    pub unit: &'static str,
    /// Its other names, lower case: singular, plural, other spellings, with the country's
    /// adjective ("kenyan shillings").
    pub names: &'static [&'static str],
    /// The ISO 4217 code ("KES").
    pub code: &'static str,
    /// The signs copy writes with the amount, in its case ("KSh", "Sh", "₹", "R$", "kr"): a
    /// symbol, or letters before (or after) the digits, or letters glued before a symbol.
    pub signs: &'static [&'static str],
    /// The signs (and the code) that are also an English word, an abbreviation or a name ("Sh",
    /// "VT" for Vermont, "COP" for a climate summit, "SR" and "QR" for a model or a code): read
    /// as this currency only where the article names it or one of its countries. A sign of one
    /// letter, or one that several currencies write, is read so without being listed here.
    pub local: &'static [&'static str],
    /// The countries that use it, with a capital: the country, its people, its capital or
    /// biggest city ("Kenya", "Kenyan", "Nairobi"); a plural or possessive "s" after one is the
    /// same word ("Filipinos", "Nigeria’s").
    pub countries: &'static [&'static str],
}

impl Currency {
    /// Whether `written` is one of this currency's signs or its code, as written (`exact`) or
    /// in any case, as a player may type it.
    pub fn written_as(&self, written: &str, exact: bool) -> bool {
        let same = |s: &str| {
            if exact {
                s == written
            } else {
                // "zł" typed as its key ("zł"), "Kč" as "kc".
                s.eq_ignore_ascii_case(written)
                    || (!s.is_ascii()
                        && s.chars().all(char::is_alphabetic)
                        && crate::normalize::key(s) == written)
            }
        };
        same(self.code) || self.signs.iter().any(|s| same(s))
    }
}

/// Every currency, the most written first: a symbol or name several share ("$", "¥") is read as
/// the first that has it.
pub const CURRENCIES: [Currency; 63] = [
    Currency {
        unit: "dollars",
        names: &["dollar", "us dollars", "us dollar", "bucks"],
        code: "USD",
        signs: &["$", "US$"],
        local: &[],
        countries: &["United States", "American", "Washington"],
    },
    Currency {
        unit: "euros",
        names: &["euro"],
        code: "EUR",
        signs: &["€"],
        local: &[],
        countries: &[
            "Eurozone", "Germany", "German", "France", "French", "Italy", "Spain",
        ],
    },
    Currency {
        unit: "pounds",
        names: &["pound", "pounds sterling", "sterling", "quid"],
        code: "GBP",
        signs: &["£"],
        local: &[],
        countries: &["Britain", "British", "UK", "London"],
    },
    Currency {
        unit: "yen",
        names: &["japanese yen"],
        code: "JPY",
        signs: &["¥"],
        local: &[],
        countries: &["Japan", "Japanese", "Tokyo"],
    },
    Currency {
        unit: "yuan",
        names: &["renminbi", "chinese yuan"],
        code: "CNY",
        signs: &["RMB", "Rmb"],
        // Chinese New Year.
        local: &["CNY"],
        countries: &["China", "Chinese", "Beijing", "Shanghai"],
    },
    Currency {
        unit: "dollars",
        names: &["australian dollars", "australian dollar"],
        code: "AUD",
        signs: &["A$", "AU$"],
        local: &[],
        countries: &["Australia", "Australian", "Canberra", "Sydney"],
    },
    Currency {
        unit: "dollars",
        names: &["canadian dollars", "canadian dollar"],
        code: "CAD",
        signs: &["C$", "CA$"],
        local: &[],
        countries: &["Canada", "Canadian", "Ottawa", "Toronto"],
    },
    Currency {
        unit: "dollars",
        names: &["new zealand dollars", "new zealand dollar"],
        code: "NZD",
        signs: &["NZ$"],
        local: &[],
        countries: &["New Zealand", "Wellington", "Auckland"],
    },
    Currency {
        unit: "dollars",
        names: &["hong kong dollars", "hong kong dollar"],
        code: "HKD",
        signs: &["HK$"],
        local: &[],
        countries: &["Hong Kong"],
    },
    Currency {
        unit: "dollars",
        names: &["singapore dollars", "singapore dollar"],
        code: "SGD",
        signs: &["S$", "SG$"],
        local: &[],
        countries: &["Singapore", "Singaporean"],
    },
    Currency {
        unit: "dollars",
        names: &["taiwan dollars", "new taiwan dollars"],
        code: "TWD",
        signs: &["NT$"],
        local: &[],
        countries: &["Taiwan", "Taiwanese", "Taipei"],
    },
    Currency {
        unit: "dollars",
        names: &["fijian dollars", "fiji dollars"],
        code: "FJD",
        signs: &["FJ$"],
        local: &[],
        countries: &["Fiji", "Fijian", "Suva"],
    },
    Currency {
        unit: "rupees",
        names: &["rupee", "indian rupees", "indian rupee"],
        code: "INR",
        signs: &["Rs", "₹", "₨"],
        local: &[],
        countries: &["India", "Indian", "Delhi", "Mumbai"],
    },
    Currency {
        unit: "rupees",
        names: &["pakistani rupees", "pakistani rupee"],
        code: "PKR",
        signs: &["Rs"],
        local: &[],
        countries: &["Pakistan", "Pakistani", "Islamabad", "Karachi"],
    },
    Currency {
        unit: "rupees",
        names: &["sri lankan rupees", "sri lankan rupee"],
        code: "LKR",
        signs: &["Rs"],
        local: &[],
        countries: &["Sri Lanka", "Sri Lankan", "Colombo"],
    },
    Currency {
        unit: "rupees",
        names: &["nepalese rupees", "nepali rupees"],
        code: "NPR",
        signs: &["Rs"],
        // National Public Radio.
        local: &["NPR"],
        countries: &["Nepal", "Nepali", "Nepalese", "Kathmandu"],
    },
    Currency {
        unit: "taka",
        names: &["takas"],
        code: "BDT",
        signs: &["Tk", "৳"],
        local: &["Tk"],
        countries: &["Bangladesh", "Bangladeshi", "Dhaka"],
    },
    Currency {
        unit: "ringgit",
        names: &["malaysian ringgit"],
        code: "MYR",
        signs: &["RM"],
        local: &[],
        countries: &["Malaysia", "Malaysian", "Kuala Lumpur"],
    },
    Currency {
        unit: "rupiah",
        names: &["indonesian rupiah"],
        code: "IDR",
        signs: &["Rp"],
        local: &[],
        countries: &["Indonesia", "Indonesian", "Jakarta"],
    },
    Currency {
        unit: "baht",
        names: &["thai baht"],
        code: "THB",
        signs: &["฿"],
        local: &[],
        countries: &["Thailand", "Thai", "Bangkok"],
    },
    Currency {
        unit: "dong",
        names: &["vietnamese dong"],
        code: "VND",
        signs: &["₫"],
        local: &[],
        countries: &["Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City"],
    },
    Currency {
        unit: "won",
        names: &["korean won", "south korean won"],
        code: "KRW",
        signs: &["₩"],
        local: &[],
        countries: &["South Korea", "South Korean", "Seoul"],
    },
    Currency {
        unit: "kyat",
        names: &["kyats"],
        code: "MMK",
        signs: &[],
        local: &[],
        countries: &["Myanmar", "Burmese", "Yangon", "Naypyitaw"],
    },
    Currency {
        unit: "pesos",
        names: &["peso", "philippine pesos", "philippine peso"],
        code: "PHP",
        signs: &["P", "Php", "₱"],
        // Also a programming language ("PHP 8.3").
        local: &["PHP", "Php"],
        countries: &["Philippine", "Filipino", "Filipina", "Manila"],
    },
    Currency {
        unit: "pesos",
        names: &["mexican pesos", "mexican peso"],
        code: "MXN",
        signs: &["Mex$"],
        local: &[],
        countries: &["Mexico", "Mexican"],
    },
    Currency {
        unit: "pesos",
        names: &["argentine pesos", "argentine peso"],
        code: "ARS",
        signs: &[],
        local: &[],
        countries: &["Argentina", "Argentine", "Argentinian", "Buenos Aires"],
    },
    Currency {
        unit: "pesos",
        names: &["colombian pesos", "colombian peso"],
        code: "COP",
        signs: &[],
        // The UN's climate summits ("COP28").
        local: &["COP"],
        countries: &["Colombia", "Colombian", "Bogota", "Bogotá"],
    },
    Currency {
        unit: "pesos",
        names: &["chilean pesos", "chilean peso"],
        code: "CLP",
        signs: &[],
        local: &[],
        countries: &["Chile", "Chilean", "Santiago"],
    },
    Currency {
        unit: "reais",
        names: &["real", "reals", "brazilian reais", "brazilian real"],
        code: "BRL",
        signs: &["R$"],
        local: &[],
        countries: &[
            "Brazil",
            "Brazilian",
            "Brasilia",
            "Brasília",
            "Sao Paulo",
            "São Paulo",
        ],
    },
    Currency {
        unit: "soles",
        names: &["sol", "nuevos soles", "peruvian soles"],
        code: "PEN",
        signs: &[],
        local: &["PEN"],
        countries: &["Peru", "Peruvian", "Lima"],
    },
    Currency {
        unit: "rand",
        names: &["rands", "south african rand"],
        code: "ZAR",
        signs: &["R"],
        local: &[],
        countries: &[
            "South Africa",
            "South African",
            "Pretoria",
            "Johannesburg",
            "Cape Town",
            "Durban",
        ],
    },
    Currency {
        unit: "naira",
        names: &["nigerian naira"],
        code: "NGN",
        signs: &["N", "₦"],
        local: &[],
        countries: &["Nigeria", "Nigerian", "Abuja", "Lagos"],
    },
    Currency {
        unit: "cedis",
        names: &["cedi", "ghanaian cedis", "ghana cedis"],
        code: "GHS",
        signs: &["GH₵", "₵", "GH¢"],
        local: &[],
        countries: &["Ghana", "Ghanaian", "Accra", "Kumasi"],
    },
    Currency {
        unit: "francs",
        names: &["cfa francs", "cfa franc"],
        code: "XOF",
        signs: &["CFA", "FCFA"],
        local: &[],
        countries: &[
            "Senegal",
            "Senegalese",
            "Dakar",
            "Ivory Coast",
            "Ivorian",
            "Abidjan",
            "Mali",
            "Malian",
            "Bamako",
            "Burkina Faso",
            "Ouagadougou",
        ],
    },
    Currency {
        unit: "shillings",
        names: &[
            "shilling",
            "kenyan shillings",
            "kenya shillings",
            "kenyan shilling",
        ],
        code: "KES",
        signs: &["KSh", "Ksh", "KShs", "Sh", "Shs"],
        local: &["Sh", "Shs"],
        countries: &["Kenya", "Kenyan", "Nairobi", "Mombasa"],
    },
    Currency {
        unit: "shillings",
        names: &["tanzanian shillings", "tanzanian shilling"],
        code: "TZS",
        signs: &["TSh", "Tsh", "Sh"],
        local: &["Sh"],
        countries: &["Tanzania", "Tanzanian", "Dodoma", "Dar es Salaam"],
    },
    Currency {
        unit: "shillings",
        names: &["ugandan shillings", "uganda shillings", "ugandan shilling"],
        code: "UGX",
        signs: &["USh", "Ush", "Shs", "Sh"],
        local: &["Sh", "Shs"],
        countries: &["Uganda", "Ugandan", "Kampala"],
    },
    Currency {
        unit: "birr",
        names: &["ethiopian birr"],
        code: "ETB",
        signs: &["Br"],
        local: &["Br"],
        countries: &["Ethiopia", "Ethiopian", "Addis Ababa"],
    },
    Currency {
        unit: "pounds",
        names: &["egyptian pounds", "egyptian pound"],
        code: "EGP",
        signs: &[],
        local: &[],
        countries: &["Egypt", "Egyptian", "Cairo"],
    },
    Currency {
        unit: "dirhams",
        names: &["dirham", "emirati dirhams", "uae dirhams"],
        code: "AED",
        signs: &["Dh", "Dhs"],
        local: &["Dh", "Dhs"],
        countries: &[
            "United Arab Emirates",
            "UAE",
            "Emirati",
            "Dubai",
            "Abu Dhabi",
        ],
    },
    Currency {
        unit: "dirhams",
        names: &["moroccan dirhams", "moroccan dirham"],
        code: "MAD",
        signs: &["Dh"],
        local: &["Dh", "MAD"],
        countries: &["Morocco", "Moroccan", "Rabat", "Casablanca"],
    },
    Currency {
        unit: "riyals",
        names: &["riyal", "saudi riyals", "saudi riyal"],
        code: "SAR",
        signs: &["SR"],
        // Also a search-and-rescue team and a Special Administrative Region.
        local: &["SR", "SAR"],
        countries: &["Saudi", "Saudi Arabia", "Riyadh", "Jeddah"],
    },
    Currency {
        unit: "riyals",
        names: &["qatari riyals", "qatari riyal"],
        code: "QAR",
        signs: &["QR"],
        local: &["QR"],
        countries: &["Qatar", "Qatari", "Doha"],
    },
    Currency {
        unit: "rials",
        names: &["rial", "iranian rials", "omani rials"],
        code: "IRR",
        signs: &[],
        // An internal rate of return.
        local: &["IRR"],
        countries: &["Iran", "Iranian", "Tehran"],
    },
    Currency {
        unit: "dinars",
        names: &[
            "dinar",
            "kuwaiti dinars",
            "iraqi dinars",
            "jordanian dinars",
        ],
        code: "KWD",
        signs: &["KD"],
        local: &["KD"],
        countries: &["Kuwait", "Kuwaiti"],
    },
    Currency {
        unit: "francs",
        names: &["franc", "swiss francs", "swiss franc"],
        code: "CHF",
        signs: &["Fr", "SFr"],
        local: &["Fr"],
        countries: &["Switzerland", "Swiss", "Bern", "Zurich", "Geneva"],
    },
    Currency {
        unit: "kronor",
        names: &["krona", "swedish kronor", "swedish krona", "swedish crowns"],
        code: "SEK",
        signs: &["kr"],
        local: &["kr"],
        countries: &["Sweden", "Swedish", "Stockholm"],
    },
    Currency {
        unit: "kroner",
        names: &[
            "krone",
            "norwegian kroner",
            "norwegian krone",
            "norwegian crowns",
        ],
        code: "NOK",
        signs: &["kr"],
        local: &["kr"],
        countries: &["Norway", "Norwegian", "Oslo"],
    },
    Currency {
        unit: "kroner",
        names: &["danish kroner", "danish krone", "danish crowns"],
        code: "DKK",
        signs: &["kr"],
        local: &["kr"],
        countries: &["Denmark", "Danish", "Copenhagen"],
    },
    Currency {
        unit: "kronur",
        // "krona" alone is the Swedish one's (the first row that has it).
        names: &["icelandic kronur", "icelandic krona"],
        code: "ISK",
        signs: &[],
        local: &[],
        countries: &["Iceland", "Icelandic", "Reykjavik", "Reykjavík"],
    },
    Currency {
        unit: "zlotys",
        names: &[
            "zloty",
            "zloties",
            "zlotych",
            "polish zlotys",
            "polish zloty",
        ],
        code: "PLN",
        signs: &["zł"],
        local: &[],
        countries: &["Poland", "Polish", "Warsaw"],
    },
    Currency {
        unit: "forints",
        names: &["forint", "hungarian forints"],
        code: "HUF",
        signs: &["Ft"],
        // Fort, and feet.
        local: &["Ft"],
        countries: &["Hungary", "Hungarian", "Budapest"],
    },
    Currency {
        unit: "korunas",
        names: &[
            "koruna",
            "koruny",
            "czech crowns",
            "czech korunas",
            "czech koruna",
        ],
        code: "CZK",
        signs: &["Kč"],
        local: &[],
        countries: &["Czech", "Czechia", "Prague"],
    },
    Currency {
        unit: "lei",
        names: &["leu", "romanian lei"],
        code: "RON",
        signs: &[],
        // A name, and a fuel's octane number ("RON95").
        local: &["RON"],
        countries: &["Romania", "Romanian", "Bucharest"],
    },
    Currency {
        unit: "lira",
        names: &["liras", "lire", "turkish lira", "turkish liras"],
        code: "TRY",
        signs: &["TL", "₺"],
        local: &["TL", "TRY"],
        countries: &["Turkey", "Turkish", "Türkiye", "Ankara", "Istanbul"],
    },
    Currency {
        unit: "roubles",
        names: &[
            "rouble",
            "ruble",
            "rubles",
            "russian roubles",
            "russian rubles",
        ],
        code: "RUB",
        signs: &["₽"],
        local: &[],
        countries: &["Russia", "Russian", "Moscow"],
    },
    Currency {
        unit: "hryvnias",
        names: &["hryvnia", "hryvnas", "hryvna", "hryvnya", "hryvni"],
        code: "UAH",
        signs: &["₴"],
        local: &[],
        countries: &["Ukraine", "Ukrainian", "Kyiv", "Kiev"],
    },
    Currency {
        unit: "shekels",
        names: &["shekel", "new shekels", "new israeli shekels", "sheqels"],
        code: "ILS",
        signs: &["NIS", "₪"],
        // The EU's network-security rules ("NIS2").
        local: &["NIS"],
        countries: &["Israel", "Israeli", "Jerusalem", "Tel Aviv"],
    },
    Currency {
        unit: "kwacha",
        names: &["zambian kwacha"],
        code: "ZMW",
        signs: &["K"],
        local: &[],
        countries: &["Zambia", "Zambian", "Lusaka"],
    },
    Currency {
        unit: "kwacha",
        names: &["malawian kwacha"],
        code: "MWK",
        signs: &["MK", "K"],
        local: &["MK"],
        countries: &["Malawi", "Malawian", "Lilongwe", "Blantyre"],
    },
    Currency {
        unit: "pula",
        names: &["botswana pula"],
        code: "BWP",
        signs: &["P"],
        local: &[],
        countries: &["Botswana", "Motswana", "Batswana", "Gaborone"],
    },
    Currency {
        unit: "kina",
        names: &["papua new guinea kina"],
        code: "PGK",
        signs: &["K"],
        local: &[],
        countries: &["Papua New Guinea", "Papua", "PNG", "Port Moresby"],
    },
    Currency {
        unit: "vatu",
        names: &["vanuatu vatu"],
        code: "VUV",
        // Also Vermont's abbreviation and a model's or a road's letters ("VT100").
        signs: &["VT"],
        local: &["VT"],
        countries: &["Vanuatu", "Vila"],
    },
];

/// The currency `word` (normalised: lower case, no marks) names by its unit, one of its names,
/// its code or a sign of two letters or more that needs no article to say it ("rs", "rupees",
/// "inr" are rupees), or by one of its countries' words before its unit or a one-word name
/// ("bangladeshi taka", "kenyan shilling"): the `unit` it is read as.
pub fn unit_of(word: &str) -> Option<&'static str> {
    CURRENCIES
        .iter()
        .find(|c| {
            c.unit == word
                || c.names.contains(&word)
                || c.code.eq_ignore_ascii_case(word)
                || c.signs.iter().any(|s| {
                    s.len() >= 2
                        && s.eq_ignore_ascii_case(word)
                        && s.bytes().all(|b| b.is_ascii_alphabetic())
                        && !needs_naming(s)
                })
        })
        .or_else(|| CURRENCIES.iter().find(|c| c.country_and_name(word)))
        .map(|c| c.unit)
}

impl Currency {
    /// Whether `words` (normalised) is one of its countries' words and then its unit or a name
    /// of one word ("bangladeshi taka", "ugandan shillings"): that country's money.
    pub fn country_and_name(&self, words: &str) -> bool {
        self.countries.iter().any(|country| {
            let country = crate::normalize::key(country);
            words
                .strip_prefix(country.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|name| {
                    name == self.unit || !name.contains(' ') && self.names.contains(&name)
                })
        })
    }
}

/// The currencies written `written` (a sign or a code), as written (`exact`) or in any case.
pub fn written(written: &str, exact: bool) -> impl Iterator<Item = &'static Currency> + '_ {
    CURRENCIES
        .iter()
        .filter(move |c| c.written_as(written, exact))
}

/// The currency of a symbol written alone ("₹" is rupees, "$" dollars).
pub fn symbol(c: char) -> Option<&'static Currency> {
    let mut buf = [0; 4];
    let c: &str = c.encode_utf8(&mut buf);
    CURRENCIES.iter().find(|cur| cur.signs.contains(&c))
}

/// The currency of letters written before a symbol ("US" of "US$", "R" of "R$", "GH" of
/// "GH₵"), when they make one of its signs; in any case unless `exact`.
pub fn letters_and_symbol(letters: &str, c: char, exact: bool) -> Option<&'static Currency> {
    if letters.is_empty() {
        return None;
    }
    CURRENCIES.iter().find(|cur| {
        cur.signs.iter().any(|s| {
            s.strip_suffix(c).is_some_and(|l| {
                if exact {
                    l == letters
                } else {
                    l.eq_ignore_ascii_case(letters)
                }
            })
        })
    })
}

/// One-letter signs read as their currency with no word of where: South Africa's own press writes
/// "R2.4 million" without naming its country (a blind article in News24's style lost 8 of its 63
/// values when "R" waited for South Africa to be named), no other currency writes a lone "R", and
/// the reader takes "R" with a bare figure ("R445") for a road's name.
const READ_ANYWHERE: [&str; 1] = ["R"];

/// Whether a sign (or code), as written, is read as a currency only where the article names
/// which: it is one letter ("R", "P", "K"), or another word or abbreviation too (a row's
/// `local`), or currencies of different units write it ("kr" is kronor and kroner).
pub fn needs_naming(sign: &str) -> bool {
    let mut units = written(sign, true).map(|c| c.unit);
    let first = units.next();
    if READ_ANYWHERE.contains(&sign) {
        return false;
    }
    sign.chars().count() == 1 && sign.chars().all(char::is_alphabetic)
        || CURRENCIES.iter().any(|c| c.local.contains(&sign))
        || units.any(|u| Some(u) != first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_one_row_a_code_and_its_signs_in_the_case_copy_writes() {
        let mut codes: Vec<&str> = CURRENCIES.iter().map(|c| c.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), CURRENCIES.len(), "a code is written twice");
        for c in &CURRENCIES {
            assert!(
                c.code.len() == 3 && c.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{}",
                c.code
            );
            assert!(c.unit.chars().all(|ch| ch.is_lowercase()), "{}", c.unit);
            for name in c.names {
                assert_eq!(crate::normalize::key(name), *name, "{name}");
            }
            // What is listed as also a word is one of the currency's signs or its code.
            for l in c.local {
                assert!(c.written_as(l, true), "{l}");
            }
        }
    }

    #[test]
    fn a_sign_needs_naming_when_short_a_word_or_shared() {
        for sign in [
            "P", "N", "K", "Sh", "kr", "Dh", "VT", "COP", "NIS", "RON", "CNY",
        ] {
            assert!(needs_naming(sign), "{sign}");
        }
        for sign in ["R", "KSh", "KES", "BRL", "Rs", "RM", "Rp", "R$", "₹", "USD"] {
            assert!(!needs_naming(sign), "{sign}");
        }
    }

    #[test]
    fn names_codes_and_signs_read_as_the_unit() {
        for (word, unit) in [
            ("rs", "rupees"),
            ("inr", "rupees"),
            ("ksh", "shillings"),
            ("kes", "shillings"),
            ("shilling", "shillings"),
            ("ruble", "roubles"),
            ("rm", "ringgit"),
            ("pula", "pula"),
        ] {
            assert_eq!(unit_of(word), Some(unit), "{word}");
        }
        // A sign that may be a word is no name of its currency: "sh", "vt", "kr".
        for word in ["sh", "vt", "kr", "r", "shillingz"] {
            assert_eq!(unit_of(word), None, "{word}");
        }
        assert_eq!(symbol('₹').map(|c| c.unit), Some("rupees"));
        assert_eq!(symbol('$').map(|c| c.unit), Some("dollars"));
        assert_eq!(
            letters_and_symbol("R", '$', true).map(|c| c.unit),
            Some("reais")
        );
        assert_eq!(
            letters_and_symbol("us", '$', false).map(|c| c.unit),
            Some("dollars")
        );
        assert!(letters_and_symbol("us", '$', true).is_none());
        assert!(letters_and_symbol("USA", '$', false).is_none());
    }
}
