namespace BrandContent.Editing;

/// <summary>Validation rule names, each with a message resource <c>RULE_{name}</c>.</summary>
public static class ValidationRule
{
    public const string Required = "REQUIRED";
    public const string MaxLength = "MAX_LENGTH";
    public const string SlugFormat = "SLUG_FORMAT";
    public const string SlugTaken = "SLUG_TAKEN";
    public const string HexColor = "HEX_COLOR";
    public const string LocaleTag = "LOCALE_TAG";
    public const string DateOrder = "DATE_ORDER";
    public const string Reference = "REFERENCE";
    public const string Unique = "UNIQUE";
    public const string Range = "RANGE";
    public const string XmlMalformed = "XML_MALFORMED";
    public const string XmlDtd = "XML_DTD";
    public const string XliffVersion = "XLIFF_VERSION";
    public const string XliffLanguage = "XLIFF_LANGUAGE";
    public const string XliffUnit = "XLIFF_UNIT";
    public const string Url = "URL";
    public const string Format = "FORMAT";
    public const string InvalidCharacter = "INVALID_CHARACTER";
    public const string UnsafeMarkup = "UNSAFE_MARKUP";
    public const string HttpsUrl = "HTTPS_URL";
    public const string UrlCredentials = "URL_CREDENTIALS";
    public const string TargetForbidden = "TARGET_FORBIDDEN";
    public const string WebhookEvent = "WEBHOOK_EVENT";
    public const string SlotTarget = "SLOT_TARGET";
    public const string TimeSkipped = "TIME_SKIPPED";
    public const string InPast = "IN_PAST";
    public const string SingleLine = "SINGLE_LINE";

    // An incident's times (Clarifications/IncidentRules): what was seen cannot lie in the future.
    public const string NotInFuture = "NOT_IN_FUTURE";
    // Plans (Plans/): a task missing one of its six "rõ" fields, a parent plan that would close a cycle or is of a brand
    // outside the plan's line, markup in plain text.
    public const string SixClear = "SIX_CLEAR";
    public const string PlanCycle = "PLAN_CYCLE";
    public const string PlanParent = "PLAN_PARENT";
    public const string Markup = "MARKUP";

    // A post against its channel's rules (Channels/ChannelRuleCheck): Arguments[0] is the channel code.
    public const string ChannelLimit = "CHANNEL_LIMIT";
    public const string Hashtags = "HASHTAGS";
    public const string MediaRequired = "MEDIA_REQUIRED";
    public const string MediaNotAllowed = "MEDIA_NOT_ALLOWED";
    public const string MediaKind = "MEDIA_KIND";
    public const string VideoTooLong = "VIDEO_TOO_LONG";
    public const string LinkRequired = "LINK_REQUIRED";
    public const string LinkNotAllowed = "LINK_NOT_ALLOWED";
    public const string ReadingTime = "READING_TIME";
    public const string TimeZone = "TIME_ZONE";

    // A channel post's own rules (Posts/): a channel it targets serves none of its markets, a channel's text missing,
    // control characters in plain text, a malformed hashtag.
    public const string ChannelMarket = "CHANNEL_MARKET";
    public const string ChannelTextRequired = "CHANNEL_TEXT_REQUIRED";
    public const string ControlCharacter = "CONTROL_CHARACTER";
    public const string HashtagFormat = "HASHTAG_FORMAT";

    public static readonly IReadOnlyList<string> All =
        [Required, MaxLength, SlugFormat, SlugTaken, HexColor, LocaleTag, DateOrder, Reference, Unique, Range, XmlMalformed, XmlDtd, XliffVersion, XliffLanguage, XliffUnit, Url, Format, InvalidCharacter, UnsafeMarkup,
        ChannelLimit, Hashtags, MediaRequired, MediaNotAllowed, MediaKind, VideoTooLong, LinkRequired, LinkNotAllowed, ReadingTime, TimeZone,
        HttpsUrl, UrlCredentials, TargetForbidden, WebhookEvent,
        ChannelMarket, ChannelTextRequired, ControlCharacter, HashtagFormat,
        SlotTarget, TimeSkipped, InPast, SingleLine,
        NotInFuture,
        SixClear, PlanCycle, PlanParent,
        .. Monitoring.MonitoringRules.All,
        .. Clarifications.ConcernedBrands.Rules];

    public static string MessageKey(string rule) => $"RULE_{rule}";
}

/// <summary>One broken rule: the field (as the caller named it), the rule, and the values the message shows.</summary>
public sealed record FieldProblem(string Field, string Rule, params object?[] Arguments);

/// <summary>A write refused because of one or more <see cref="FieldProblem"/>s; nothing was saved.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Rule}")))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;

    public static void ThrowIfAny(IEnumerable<FieldProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0)
        {
            throw new ValidationFailedException(list);
        }
    }
}
