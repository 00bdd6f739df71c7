//! The shapes factquiz reads: a question file (format 1, as `crate::model` declares it) and an
//! Open Trivia DB response. A test holds the question file's shape to the JSON Schema derived from
//! the model, so the two cannot drift apart.

use super::spec::{Field, Object, Shape};

const U32: u64 = u32::MAX as u64;

const TEXTS: Shape = Shape::List(&Shape::Text);
const PARAGRAPH: Shape = Shape::Whole { min: 1, max: U32 };
const PARAGRAPHS: Shape = Shape::List(&PARAGRAPH);
const DIFFICULTY: Shape = Shape::OneOf {
    values: &["easy", "medium", "hard"],
    noun: "difficulty",
};

const ID: Field = Field::required(
    "id",
    Shape::Text,
    "text in double quotes, like \"crowd-size\"",
);
const TAGS: Field = Field::optional(
    "tags",
    TEXTS,
    "a list of labels in double quotes, like [\"numbers\", \"places\"]",
);
const DIFFICULTY_FIELD: Field = Field::optional(
    "difficulty",
    DIFFICULTY,
    "easy, medium or hard, in double quotes",
);
const PARAGRAPHS_WHAT: &str = "a list of numbers, like [3] or [2, 6]";
const EXPLANATION_WHAT: &str =
    "text in double quotes: the evidence in your own words, shown after every answer";

/// A question file.
pub static QUESTION_FILE: Field = Field::required(
    "the file",
    Shape::Object(&FILE),
    "one object { } holding format, event, facts, claims and questions",
);

static FILE: Object = Object {
    noun: "the file",
    open: false,
    one_of: false,
    fields: &[
        Field::nullable(
            "$schema",
            Shape::Text,
            "text in double quotes: where the JSON Schema is, like \"question-file.schema.json\"",
        ),
        Field::required(
            "format",
            Shape::Whole { min: 0, max: U32 },
            "the format version, the number 1",
        ),
        Field::required(
            "event",
            Shape::Object(&EVENT),
            "an object { } with the event's id, title, summary and source",
        ),
        Field::optional(
            "facts",
            Shape::List(&Shape::Object(&FACT)),
            "a list [ ] of facts, each an object { }",
        ),
        Field::optional(
            "claims",
            Shape::List(&Shape::Object(&CLAIM)),
            "a list [ ] of claims, each an object { }",
        ),
        Field::optional(
            "questions",
            Shape::List(&Shape::Object(&AUTHORED)),
            "a list [ ] of hand-written questions, each an object { }",
        ),
    ],
};

static EVENT: Object = Object {
    noun: "the event",
    open: false,
    one_of: false,
    fields: &[
        Field::required(
            "id",
            Shape::Text,
            "text in double quotes, like \"apollo-11-landing\"",
        ),
        Field::required("title", Shape::Text, "text in double quotes: a short title"),
        Field::nullable(
            "date",
            Shape::Object(&EVENT_DATE),
            "an object, like {\"value\": \"1969-07-20\"}",
        ),
        Field::optional(
            "places",
            TEXTS,
            "a list of place names in double quotes, like [\"Lisbon\"]",
        ),
        Field::required(
            "summary",
            Shape::Text,
            "text in double quotes: one paragraph saying what happened",
        ),
        Field::required(
            "source",
            Shape::Object(&SOURCE),
            "an object, like {\"kind\": \"news article\", \"paragraphs\": 12}",
        ),
    ],
};

static EVENT_DATE: Object = Object {
    noun: "the event's date",
    open: false,
    one_of: false,
    fields: &[
        Field::required(
            "value",
            Shape::Text,
            "a date in double quotes, written YYYY-MM-DD, like \"1969-07-20\"",
        ),
        Field::optional("inferred", Shape::Bool, "true or false, without quotes"),
        Field::nullable(
            "basis",
            Shape::Text,
            "text in double quotes saying how the date was worked out",
        ),
    ],
};

static SOURCE: Object = Object {
    noun: "the source",
    open: false,
    one_of: false,
    fields: &[
        Field::required(
            "kind",
            Shape::Text,
            "text in double quotes, like \"news article\"",
        ),
        Field::required(
            "paragraphs",
            Shape::Whole { min: 0, max: U32 },
            "how many paragraphs the source has, a whole number like 12",
        ),
        Field::nullable("title", Shape::Text, "text in double quotes: the headline"),
        Field::nullable(
            "reference",
            Shape::Text,
            "text in double quotes: where to find the source",
        ),
        Field::nullable(
            "text",
            TEXTS,
            "a list of the source's paragraphs in double quotes, like [\"The bridge opened.\"]",
        ),
        Field::nullable(
            "digest",
            TEXTS,
            "a list with one line for each paragraph of the source, in your own words, like [\"The new bridge was opened.\"]",
        ),
    ],
};

static FACT: Object = Object {
    noun: "this fact",
    open: false,
    one_of: false,
    fields: &[
        ID,
        Field::required(
            "type",
            Shape::OneOf {
                values: &[
                    "number",
                    "year",
                    "date",
                    "day",
                    "place",
                    "person",
                    "organisation",
                    "thing",
                    "text",
                ],
                noun: "type",
            },
            "one of number, year, date, day, place, person, organisation, thing or text, in double quotes",
        ),
        Field::required(
            "answer",
            Shape::TextOrNumber,
            "text in double quotes, like \"Lisbon\" or \"12,000\"",
        ),
        Field::optional(
            "aliases",
            TEXTS,
            "a list of other forms in double quotes, like [\"Lisboa\"]",
        ),
        Field::nullable("tolerance", Shape::Object(&TOLERANCE), TOLERANCE_WHAT),
        Field::optional("strict", Shape::Bool, "true or false, without quotes"),
        Field::nullable(
            "unit",
            Shape::Text,
            "text in double quotes: what is counted, like \"people\"",
        ),
        Field::nullable(
            "question",
            Shape::Text,
            "text in double quotes: a question asking for the answer",
        ),
        Field::required(
            "statement",
            Shape::Text,
            "text in double quotes with {answer} in it, like \"The march took place in {answer}.\"",
        ),
        Field::optional(
            "distractors",
            TEXTS,
            "a list of wrong answers in double quotes, like [\"Porto\", \"Faro\", \"Braga\"]",
        ),
        Field::nullable(
            "kinds",
            Shape::List(&Shape::OneOf {
                values: &["short", "choice", "truefalse"],
                noun: "kind of question a fact can be asked as",
            }),
            "a list of kinds, like [\"short\", \"choice\", \"truefalse\"]",
        ),
        DIFFICULTY_FIELD,
        TAGS,
        Field::required("paragraphs", PARAGRAPHS, PARAGRAPHS_WHAT),
        Field::required("explanation", Shape::Text, EXPLANATION_WHAT),
        Field::optional("inferred", Shape::Bool, "true or false, without quotes"),
        Field::optional("exclusive", Shape::Bool, "true or false, without quotes"),
    ],
};

const TOLERANCE_WHAT: &str = "{\"absolute\": 1} or {\"percent\": 5}";

static TOLERANCE: Object = Object {
    noun: "the tolerance",
    open: false,
    one_of: true,
    fields: &[
        Field::optional("absolute", Shape::Number, "a number, like 100"),
        Field::optional("percent", Shape::Number, "a number, like 5"),
    ],
};

static CLAIM: Object = Object {
    noun: "this claim",
    open: false,
    one_of: false,
    fields: &[
        ID,
        Field::required(
            "claim",
            Shape::Text,
            "text in double quotes: the claim to check",
        ),
        Field::required(
            "verdict",
            Shape::OneOf {
                values: &["supported", "refuted", "not stated"],
                noun: "verdict",
            },
            "supported, refuted or not stated, in double quotes",
        ),
        DIFFICULTY_FIELD,
        TAGS,
        Field::required("paragraphs", PARAGRAPHS, PARAGRAPHS_WHAT),
        Field::required("explanation", Shape::Text, EXPLANATION_WHAT),
    ],
};

static AUTHORED: Object = Object {
    noun: "this question",
    open: false,
    one_of: false,
    fields: &[
        ID,
        Field::required(
            "kind",
            Shape::OneOf {
                values: &["choice", "truefalse"],
                noun: "kind of hand-written question",
            },
            "choice or truefalse, in double quotes",
        ),
        Field::required(
            "question",
            Shape::Text,
            "text in double quotes: the question, or for truefalse the statement",
        ),
        Field::required(
            "answer",
            Shape::Text,
            "text in double quotes, like \"Lisbon\", or \"true\" or \"false\" for truefalse",
        ),
        Field::optional(
            "aliases",
            TEXTS,
            "a list of other forms in double quotes, like [\"Lisboa\"]",
        ),
        Field::optional(
            "distractors",
            TEXTS,
            "a list of wrong options in double quotes, like [\"Porto\", \"Faro\", \"Braga\"]",
        ),
        DIFFICULTY_FIELD,
        TAGS,
        Field::optional("paragraphs", PARAGRAPHS, PARAGRAPHS_WHAT),
        Field::nullable("explanation", Shape::Text, EXPLANATION_WHAT),
    ],
};

/// An Open Trivia DB API response (fields the importer does not read are allowed).
pub static OPENTDB_RESPONSE: Field = Field::required(
    "the response",
    Shape::Object(&RESPONSE),
    "one object { } with results, as Open Trivia DB sends it",
);

static RESPONSE: Object = Object {
    noun: "the response",
    open: true,
    one_of: false,
    fields: &[
        Field::optional(
            "response_code",
            Shape::Whole { min: 0, max: U32 },
            "a whole number, like 0",
        ),
        Field::required(
            "results",
            Shape::List(&Shape::Object(&OPENTDB_ITEM)),
            "a list [ ] of questions, each an object { }",
        ),
    ],
};

static OPENTDB_ITEM: Object = Object {
    noun: "this question",
    open: true,
    one_of: false,
    fields: &[
        Field::required(
            "type",
            Shape::Text,
            "text in double quotes, \"multiple\" or \"boolean\"",
        ),
        Field::optional("difficulty", Shape::Text, "text in double quotes"),
        Field::optional("category", Shape::Text, "text in double quotes"),
        Field::required("question", Shape::Text, "text in double quotes"),
        Field::required("correct_answer", Shape::Text, "text in double quotes"),
        Field::optional(
            "incorrect_answers",
            TEXTS,
            "a list of texts in double quotes",
        ),
    ],
};
