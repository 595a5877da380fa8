//! The kinds of fact the round trip counts, and what "recovered exactly" means for
//! each (the doc comment of each variant; docs/dialects.md repeats them).

/// One kind of fact of the source spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An operation is at the same method and path (path parameters spelled alike).
    Operation,
    /// The `operationId`, byte for byte.
    OperationId,
    /// The `operationId` ignoring case and separators (`list_pets` = `ListPets`).
    OperationIdLoose,
    /// A parameter of the same wire name (headers: ignoring case, as HTTP does).
    ParamName,
    /// Its location: path, query, header or cookie.
    ParamIn,
    /// Whether it is required.
    ParamRequired,
    /// Its type and format; a `$ref` to a scalar or enum model equals that scalar.
    ParamType,
    /// Its base type alone (`integer(int32)` = `integer`): formats are what dialects
    /// lose most, this tells the other type errors apart.
    ParamBaseType,
    /// Its allowed values (own, of its `$ref` model, or of its array items), in order.
    ParamEnum,
    /// Its default value (scalars only), as text.
    ParamDefault,
    /// The set of request media types.
    BodyMediaType,
    /// The request body's schema: same `$ref` name or same inline type.
    BodySchema,
    /// A form-urlencoded or multipart field of the same wire name.
    FormField,
    /// A 2xx status, exactly (`201` is not `2XX`).
    SuccessStatus,
    /// The 2xx response's schema (or its absence), at the same status, else at the
    /// range, else at the recovered operation's first 2xx response.
    SuccessSchema,
    /// An error (non-2xx) status, exactly.
    ErrorStatus,
    /// The set of schemes, any of which authorizes the operation (empty = none).
    Security,
    /// A security scheme of the same name has the same type (http, apiKey, oauth2).
    SchemeType,
    /// http: the same scheme (bearer, basic).
    SchemeHttp,
    /// apiKey: the same location (header, query, cookie).
    SchemeIn,
    /// apiKey: the same key name (headers: ignoring case).
    SchemeKeyName,
    /// oauth2: each flow, with the same token URL.
    SchemeFlow,
    /// A component schema of the same name, documented (not a placeholder).
    Model,
    /// An enum model's values, in order.
    ModelEnum,
    /// A `oneOf`/`anyOf` model: the same kind and the same member models.
    ModelMembers,
    /// A property of the same wire (JSON) name.
    PropName,
    /// Its type and format, as for parameters.
    PropType,
    /// Its base type alone, as for parameters.
    PropBaseType,
    /// Whether it is required.
    PropRequired,
    /// Whether it is nullable (both values count: a property that is not nullable
    /// and is recovered as nullable is a miss too).
    PropNullable,
    /// An inline enum's values, in order (inline or through a `$ref` when recovered).
    PropEnum,
}

impl Kind {
    /// Every kind, in table order.
    pub const ALL: &'static [Kind] = &[
        Kind::Operation,
        Kind::OperationId,
        Kind::OperationIdLoose,
        Kind::ParamName,
        Kind::ParamIn,
        Kind::ParamRequired,
        Kind::ParamType,
        Kind::ParamBaseType,
        Kind::ParamEnum,
        Kind::ParamDefault,
        Kind::BodyMediaType,
        Kind::BodySchema,
        Kind::FormField,
        Kind::SuccessStatus,
        Kind::SuccessSchema,
        Kind::ErrorStatus,
        Kind::Security,
        Kind::SchemeType,
        Kind::SchemeHttp,
        Kind::SchemeIn,
        Kind::SchemeKeyName,
        Kind::SchemeFlow,
        Kind::Model,
        Kind::ModelEnum,
        Kind::ModelMembers,
        Kind::PropName,
        Kind::PropType,
        Kind::PropBaseType,
        Kind::PropRequired,
        Kind::PropNullable,
        Kind::PropEnum,
    ];

    /// The name printed in tables.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Operation => "operation",
            Kind::OperationId => "operationId",
            Kind::OperationIdLoose => "operationId ~case",
            Kind::ParamName => "param.name",
            Kind::ParamIn => "param.in",
            Kind::ParamRequired => "param.required",
            Kind::ParamType => "param.type",
            Kind::ParamBaseType => "param.type ~format",
            Kind::ParamEnum => "param.enum",
            Kind::ParamDefault => "param.default",
            Kind::BodyMediaType => "body.media_type",
            Kind::BodySchema => "body.schema",
            Kind::FormField => "form.field",
            Kind::SuccessStatus => "2xx.status",
            Kind::SuccessSchema => "2xx.schema",
            Kind::ErrorStatus => "error.status",
            Kind::Security => "security",
            Kind::SchemeType => "scheme.type",
            Kind::SchemeHttp => "scheme.http",
            Kind::SchemeIn => "scheme.in",
            Kind::SchemeKeyName => "scheme.key_name",
            Kind::SchemeFlow => "scheme.oauth2_flow",
            Kind::Model => "model",
            Kind::ModelEnum => "model.enum",
            Kind::ModelMembers => "model.members",
            Kind::PropName => "property.name",
            Kind::PropType => "property.type",
            Kind::PropBaseType => "property.type ~format",
            Kind::PropRequired => "property.required",
            Kind::PropNullable => "property.nullable",
            Kind::PropEnum => "property.enum",
        }
    }
}
