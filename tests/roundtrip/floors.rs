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
    ("android-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 96), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 91),
        (PropBaseType, 96), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("bash-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 46), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 52),
        (PropBaseType, 78), (PropRequired, 78), (PropNullable, 74), (PropEnum, 0),
    ]),
    ("bash-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 46), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 52),
        (PropBaseType, 78), (PropRequired, 78), (PropNullable, 74), (PropEnum, 0),
    ]),
    ("c-6.6.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 0), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 48), (ParamBaseType, 88), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 25), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 60),
        (PropBaseType, 87), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("c-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 0), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 48), (ParamBaseType, 88), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 25), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 60),
        (PropBaseType, 87), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("csharp-4.3.1", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 78), (ParamBaseType, 88), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 89),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("csharp-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 77), (PropType, 98),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("csharp-httpclient-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 71), (ParamBaseType, 81), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 77), (PropType, 92),
        (PropBaseType, 93), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("csharp-netcore-4.3.1", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 78), (ParamBaseType, 88), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 89),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("csharp-netcore-6.6.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 78), (ParamBaseType, 88), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 77), (PropType, 89),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("csharp-restsharp-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 71), (ParamBaseType, 81), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 77), (PropType, 92),
        (PropBaseType, 93), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("dart-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 67),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("dart-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 67),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("dart-dio-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 73),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("eiffel-7.26.0", &[
        (Operation, 100), (OperationId, 22), (OperationIdLoose, 71), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 93),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("gdscript-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 38), (ParamIn, 38),
        (ParamRequired, 38), (ParamType, 5), (ParamBaseType, 25), (ParamEnum, 0), (BodyMediaType, 0),
        (BodySchema, 0), (FormField, 0), (SuccessStatus, 0), (SuccessSchema, 17), (ErrorStatus, 0),
        (Security, 13), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 0), (Model, 0), (ModelEnum, 0), (PropName, 0), (PropType, 0),
        (PropBaseType, 0), (PropRequired, 0), (PropNullable, 0), (PropEnum, 0),
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
    ("java-4.3.1", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-helidon-client-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-jersey2-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 95), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-jersey3-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 95), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-micronaut-client-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 51), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 85),
        (PropBaseType, 85), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("java-native-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 95), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-resttemplate-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("java-webclient-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("javascript-4.3.1", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 76), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 77), (PropType, 64),
        (PropBaseType, 85), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("javascript-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 76), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 78), (PropType, 64),
        (PropBaseType, 85), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("javascript-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 76), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 78), (PropType, 64),
        (PropBaseType, 85), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("julia-client-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 93), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 66), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 25), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 77), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 100), (PropType, 85),
        (PropBaseType, 98), (PropRequired, 100), (PropNullable, 91), (PropEnum, 0),
    ]),
    ("julia-client-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 93), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 66), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 25), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 77), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 100), (PropType, 85),
        (PropBaseType, 98), (PropRequired, 100), (PropNullable, 91), (PropEnum, 0),
    ]),
    ("kotlin-4.3.1", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 68), (ParamIn, 78),
        (ParamRequired, 81), (ParamType, 81), (ParamBaseType, 81), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 100), (ErrorStatus, 0),
        (Security, 86), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 95),
        (PropBaseType, 96), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("kotlin-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 86), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 77), (PropType, 94),
        (PropBaseType, 95), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("kotlin-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 95), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 77), (PropType, 94),
        (PropBaseType, 95), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("kotlin-retrofit2-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 42), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 77), (PropType, 94),
        (PropBaseType, 95), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("markdown-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 78), (ParamBaseType, 91), (ParamEnum, 25), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 84), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 100), (PropType, 75),
        (PropBaseType, 89), (PropRequired, 100), (PropNullable, 91), (PropEnum, 0),
    ]),
    ("markdown-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 78), (ParamBaseType, 91), (ParamEnum, 25), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 84), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 100), (PropType, 75),
        (PropBaseType, 89), (PropRequired, 100), (PropNullable, 91), (PropEnum, 0),
    ]),
    ("objc-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 46), (ParamBaseType, 73), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 83), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 69), (PropType, 60),
        (PropBaseType, 82), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("objc-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 46), (ParamBaseType, 73), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 83), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 69), (PropType, 60),
        (PropBaseType, 82), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("perl-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 68),
        (PropBaseType, 94), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("perl-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 68),
        (PropBaseType, 94), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("php-4.3.1", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 67),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("php-6.6.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 63),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("php-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 63),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("php-nextgen-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 97), (ModelEnum, 0), (PropName, 91), (PropType, 63),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("powershell-6.6.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 40), (ParamName, 80), (ParamIn, 90),
        (ParamRequired, 100), (ParamType, 73), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 93), (ModelEnum, 0), (PropName, 78), (PropType, 77),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
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
    ("r-6.6.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 41), (ParamBaseType, 95), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 95), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 99), (PropType, 55),
        (PropBaseType, 93), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("r-7.26.0", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 41), (ParamBaseType, 95), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 100), (SuccessSchema, 95), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 99), (PropType, 55),
        (PropBaseType, 93), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
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
    ("rust-6.6.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 95), (ParamIn, 91),
        (ParamRequired, 51), (ParamType, 85), (ParamBaseType, 91), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 86), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 87), (PropType, 79),
        (PropBaseType, 90), (PropRequired, 94), (PropNullable, 86), (PropEnum, 0),
    ]),
    ("rust-7.26.0", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 95), (ParamIn, 91),
        (ParamRequired, 51), (ParamType, 88), (ParamBaseType, 88), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 86), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 79), (ModelEnum, 0), (PropName, 87), (PropType, 82),
        (PropBaseType, 83), (PropRequired, 94), (PropNullable, 86), (PropEnum, 0),
    ]),
    ("scala-akka-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 84), (SchemeType, 85), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 95),
        (PropBaseType, 96), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("scala-pekko-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 100), (ErrorStatus, 100),
        (Security, 84), (SchemeType, 85), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 0), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 95),
        (PropBaseType, 96), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-android-2.4.9", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 93), (ParamBaseType, 96), (ParamEnum, 75), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 91),
        (PropBaseType, 96), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-bash-2.4.9", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 43), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 98), (PropType, 59),
        (PropBaseType, 98), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-csharp-2.4.9", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 40), (ParamBaseType, 70), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 58),
        (PropBaseType, 60), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-csharp-3.0.34", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 43), (ParamBaseType, 73), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 93), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 0), (PropName, 77), (PropType, 58),
        (PropBaseType, 60), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-dart-3.0.34", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 78), (PropType, 67),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-go-2.4.9", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 70), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 100), (Model, 90), (ModelEnum, 0), (PropName, 76), (PropType, 84),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-go-3.0.34", &[
        (Operation, 100), (OperationId, 0), (OperationIdLoose, 100), (ParamName, 50), (ParamIn, 50),
        (ParamRequired, 51), (ParamType, 31), (ParamBaseType, 51), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 100), (Model, 90), (ModelEnum, 0), (PropName, 76), (PropType, 85),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-java-2.4.9", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 96), (ParamBaseType, 96), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 78), (PropType, 98),
        (PropBaseType, 99), (PropRequired, 99), (PropNullable, 90), (PropEnum, 100),
    ]),
    ("swagger-java-3.0.34", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 100), (ParamBaseType, 100), (ParamEnum, 100), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 97), (ModelEnum, 100), (PropName, 76), (PropType, 97),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 89), (PropEnum, 100),
    ]),
    ("swagger-javascript-3.0.34", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 76), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 93), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 100), (PropName, 76), (PropType, 63),
        (PropBaseType, 84), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("swagger-kotlin-2.4.9", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 90), (ParamBaseType, 90), (ParamEnum, 75), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 98), (PropType, 85),
        (PropBaseType, 85), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-kotlin-client-3.0.34", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 96), (ParamBaseType, 96), (ParamEnum, 37), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 71), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 76), (PropType, 89),
        (PropBaseType, 90), (PropRequired, 98), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("swagger-objc-2.4.9", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 43), (ParamBaseType, 70), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 83), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 69), (PropType, 60),
        (PropBaseType, 82), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-perl-2.4.9", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 96), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 70), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 73),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-php-2.4.9", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 96), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 46), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 66),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-php-3.0.34", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 50), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 89), (PropType, 66),
        (PropBaseType, 97), (PropRequired, 97), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("swagger-python-2.4.9", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 96), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 50), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 68),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-python-3.0.34", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 89), (PropType, 67),
        (PropBaseType, 97), (PropRequired, 97), (PropNullable, 89), (PropEnum, 0),
    ]),
    ("swagger-ruby-2.4.9", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 96), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 50), (ParamBaseType, 96), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 75), (SchemeKeyName, 75),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 68),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-ruby-3.0.34", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 100), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 53), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 95), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 75), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 68),
        (PropBaseType, 98), (PropRequired, 98), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swagger-rust-2.4.9", &[
        (Operation, 100), (OperationId, 24), (OperationIdLoose, 100), (ParamName, 96), (ParamIn, 96),
        (ParamRequired, 96), (ParamType, 63), (ParamBaseType, 93), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 100), (SuccessStatus, 0), (SuccessSchema, 84), (ErrorStatus, 0),
        (Security, 75), (SchemeType, 71), (SchemeHttp, 50), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 100), (Model, 100), (ModelEnum, 0), (PropName, 91), (PropType, 76),
        (PropBaseType, 94), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swift5-4.3.1", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 86), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 93), (ModelEnum, 0), (PropName, 78), (PropType, 83),
        (PropBaseType, 95), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swift5-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 86), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 93), (ModelEnum, 0), (PropName, 78), (PropType, 83),
        (PropBaseType, 95), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("swift6-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 100), (ParamType, 86), (ParamBaseType, 100), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 0), (SuccessSchema, 97), (ErrorStatus, 0),
        (Security, 100), (SchemeType, 100), (SchemeHttp, 100), (SchemeIn, 100), (SchemeKeyName, 100),
        (SchemeFlow, 100), (Model, 93), (ModelEnum, 0), (PropName, 78), (PropType, 83),
        (PropBaseType, 95), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("typescript-6.6.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 51), (ParamType, 48), (ParamBaseType, 75), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 0), (ModelEnum, 0), (PropName, 0), (PropType, 0),
        (PropBaseType, 0), (PropRequired, 0), (PropNullable, 0), (PropEnum, 0),
    ]),
    ("typescript-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 51), (ParamType, 48), (ParamBaseType, 75), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 0), (ModelEnum, 0), (PropName, 0), (PropType, 0),
        (PropBaseType, 0), (PropRequired, 0), (PropNullable, 0), (PropEnum, 0),
    ]),
    ("typescript-axios-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 86), (ParamIn, 96),
        (ParamRequired, 51), (ParamType, 45), (ParamBaseType, 75), (ParamEnum, 62), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 97), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 57), (SchemeHttp, 100), (SchemeIn, 25), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 93), (ModelEnum, 100), (PropName, 98), (PropType, 60),
        (PropBaseType, 85), (PropRequired, 99), (PropNullable, 90), (PropEnum, 0),
    ]),
    ("typescript-fetch-7.26.0", &[
        (Operation, 100), (OperationId, 75), (OperationIdLoose, 100), (ParamName, 85), (ParamIn, 95),
        (ParamRequired, 51), (ParamType, 45), (ParamBaseType, 71), (ParamEnum, 0), (BodyMediaType, 100),
        (BodySchema, 100), (FormField, 91), (SuccessStatus, 100), (SuccessSchema, 95), (ErrorStatus, 100),
        (Security, 100), (SchemeType, 85), (SchemeHttp, 100), (SchemeIn, 50), (SchemeKeyName, 0),
        (SchemeFlow, 0), (Model, 90), (ModelEnum, 0), (PropName, 78), (PropType, 64),
        (PropBaseType, 85), (PropRequired, 54), (PropNullable, 90), (PropEnum, 0),
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
