namespace BrandContent;

/// <summary>Stable machine codes for <c>extensions.code</c>: the one definition of each.</summary>
public static class ErrorCode
{
    public const string InvalidLocale = "INVALID_LOCALE";
    public const string MarketNotFound = "MARKET_NOT_FOUND";
    public const string BrandNotFound = "BRAND_NOT_FOUND";
    public const string PillarNotFound = "PILLAR_NOT_FOUND";
    public const string AudienceNotFound = "AUDIENCE_NOT_FOUND";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeOutOfRange = "PAGE_SIZE_OUT_OF_RANGE";
    public const string InvalidDateRange = "INVALID_DATE_RANGE";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooNested = "QUERY_TOO_NESTED";
    public const string BadRequest = "BAD_REQUEST";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidValue = "INVALID_VALUE";
    public const string MissingQuery = "MISSING_QUERY";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string Internal = "INTERNAL_ERROR";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string NotFound = "NOT_FOUND";
    public const string VariantNotFound = "VARIANT_NOT_FOUND";
    public const string LocaleNotFound = "LOCALE_NOT_FOUND";
    public const string Archived = "ARCHIVED";
    public const string Conflict = "CONFLICT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string RevisionNotFound = "REVISION_NOT_FOUND";
    public const string NotATranslation = "NOT_A_TRANSLATION";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string OutOfScope = "OUT_OF_SCOPE";
    public const string RateLimited = "RATE_LIMITED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryRequired = "PERSISTED_QUERY_REQUIRED";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string DocumentIdInvalid = "DOCUMENT_ID_INVALID";
    public const string ChannelNotFound = "CHANNEL_NOT_FOUND";
    public const string WebhookInactive = "WEBHOOK_INACTIVE";
    public const string WindowTooLong = "WINDOW_TOO_LONG";
    public const string SlotNotDue = "SLOT_NOT_DUE";
    public const string SlotBlocked = "SLOT_BLOCKED";
    public const string SlotCancelled = "SLOT_CANCELLED";
    public const string SlotAlreadyPosted = "SLOT_ALREADY_POSTED";
    public const string ScheduleWindowRequired = "SCHEDULE_WINDOW_REQUIRED";
    public const string MarketTimeZoneMissing = "MARKET_TIME_ZONE_MISSING";
    public const string SearchTextTooShort = "SEARCH_TEXT_TOO_SHORT";
    public const string SearchTextTooLong = "SEARCH_TEXT_TOO_LONG";
    public const string SearchTextControlCharacter = "SEARCH_TEXT_CONTROL_CHARACTER";
    public const string SearchKindNotSearchable = "SEARCH_KIND_NOT_SEARCHABLE";
}
