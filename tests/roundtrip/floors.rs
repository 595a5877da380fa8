//! The lowest recovery rate accepted per dialect (fixture folder name) and kind of fact,
//! in whole percent: the rates measured when the floor was last set, rounded down.
//!
//! Raise a floor when the parser improves (the test prints which ones can be raised);
//! `ROUNDTRIP_FLOORS=print cargo test -p mdclient-tests --test roundtrip -- --nocapture`
//! prints the whole table as measured. A floor of 0 is a fact the dialect cannot carry
//! (docs/dialects.md says why), not a way to silence a test.

use std::fmt::Write;

use crate::kind::Kind::{self, *};
use crate::{whole_pct, Sums};

/// Dialect -> kind -> the lowest accepted percentage.
#[rustfmt::skip]
pub const FLOORS: &[(&str, &[(Kind, u8)])] = &[
    ("csharp-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 77), (PropType, 98),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("dart-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 67),
        (PropBaseType, 98), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("go-3.3.4", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 85),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("go-4.3.1", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 85),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("go-5.4.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 78), (PropType, 85),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 99), (PropEnum, 0),
    ]),
    ("go-6.6.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 78), (PropType, 85),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 99), (PropEnum, 0),
    ]),
    ("go-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 78), (PropType, 85),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 99), (PropEnum, 0),
    ]),
    ("java-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("javascript-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 76), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 78), (PropType, 66),
        (PropBaseType, 84), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("kotlin-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 90), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 95), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 78), (PropType, 83),
        (PropBaseType, 94), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("php-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 62),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("powershell-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 40), (ParamName, 80), (ParamIn, 90),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 93), (ModelEnum, 0), (PropName, 78), (PropType, 77),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("python-3.3.4", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 89), (PropType, 67),
        (PropBaseType, 97), (PropRequired, 97), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("python-4.3.1", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("python-5.4.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 98), (PropEnum, 0),
    ]),
    ("python-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 100),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 100), (PropType, 98),
        (PropBaseType, 100), (PropRequired, 100), (PropNullable, 100), (PropEnum, 100),
    ]),
    ("python-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 76), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 91), (PropType, 75),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("python-asyncio-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 76), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 91), (PropType, 75),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("python-nextgen-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("python-prior-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 98), (PropEnum, 0),
    ]),
    ("python-pydantic-v1-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("ruby-3.3.4", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("ruby-4.3.1", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("ruby-5.4.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("ruby-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("ruby-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 69),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("rust-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 95), (ParamIn, 91),
        (ParamRequired, 51), (ParamType, 61), (ParamBaseType, 61), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 82), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 79), (ModelEnum, 0), (PropName, 87), (PropType, 54),
        (PropBaseType, 55), (PropRequired, 94), (PropNullable, 86), (PropEnum, 0),
    ]),
    ("typescript-axios-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 51), (ParamType, 13), (ParamBaseType, 13), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 93), (ModelEnum, 100), (PropName, 100), (PropType, 60),
        (PropBaseType, 86), (PropRequired, 100), (PropNullable, 91), (PropEnum, 0),
    ]),
];

fn floor_of(dialect: &str, kind: Kind) -> Option<u8> {
    FLOORS
        .iter()
        .find(|(d, _)| *d == dialect)
        .and_then(|(_, kinds)| kinds.iter().find(|(k, _)| *k == kind))
        .map(|(_, floor)| *floor)
}

/// Every rate below its floor, every measured rate without a floor and every floor
/// without a fixture.
pub fn check(sums: &Sums) -> Vec<String> {
    let mut failures = Vec::new();
    for (dialect, kinds) in sums {
        for (kind, count) in kinds.iter().filter(|(_, c)| c.total > 0) {
            let measured = whole_pct(*count);
            match floor_of(dialect, *kind) {
                Some(floor) if measured < floor => failures.push(format!(
                    "{dialect} {}: {}/{} = {measured}% < floor {floor}%",
                    kind.label(),
                    count.recovered,
                    count.total
                )),
                Some(_) => {}
                None => failures.push(format!(
                    "{dialect} {}: {measured}% measured but no floor: add ({kind:?}, {measured})",
                    kind.label()
                )),
            }
        }
    }
    for (dialect, kinds) in FLOORS {
        for (kind, _) in kinds.iter() {
            let measured = sums.get(*dialect).and_then(|k| k.get(kind));
            if measured.is_none_or(|c| c.total == 0) {
                failures.push(format!(
                    "{dialect} {}: a floor but no facts measured (fixture gone or unreadable?)",
                    kind.label()
                ));
            }
        }
    }
    failures
}

/// Floors at least one point below the measured rate.
pub fn raisable(sums: &Sums) -> Vec<String> {
    let mut out = Vec::new();
    for (dialect, kinds) in sums {
        for (kind, count) in kinds {
            let measured = whole_pct(*count);
            if let Some(floor) = floor_of(dialect, *kind).filter(|f| *f < measured) {
                out.push(format!(
                    "  {dialect} {}: floor {floor}%, measured {measured}%",
                    kind.label()
                ));
            }
        }
    }
    out
}

/// The measured rates as the body of [`FLOORS`].
pub fn measured(sums: &Sums) -> String {
    let mut out = String::new();
    for (dialect, kinds) in sums {
        let _ = writeln!(out, "    (\"{dialect}\", &[");
        let entries: Vec<String> = Kind::ALL
            .iter()
            .filter_map(|k| kinds.get(k).filter(|c| c.total > 0).map(|c| (k, c)))
            .map(|(k, c)| format!("({k:?}, {})", whole_pct(*c)))
            .collect();
        for line in entries.chunks(5) {
            let _ = writeln!(out, "        {},", line.join(", "));
        }
        let _ = writeln!(out, "    ]),");
    }
    out
}
