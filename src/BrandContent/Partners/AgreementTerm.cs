namespace BrandContent.Partners;

/// <summary>
/// The one rule for "is this agreement in force now": ACTIVE, and inside its period, whose days are UTC days (from
/// the first day's midnight to the midnight after the last day). Authentication asks it for every partner key.
/// </summary>
public static class AgreementTerm
{
    public static bool InForce(this Agreement agreement, DateTimeOffset now) =>
        agreement.Status == AgreementStatus.Active
        && (Start(agreement) is not { } start || now >= start)
        && (End(agreement) is not { } end || now < end);

    /// <summary>Ended, or past its last day: no key of it will ever work again (a suspended or future agreement may still).</summary>
    public static bool IsOver(this Agreement agreement, DateTimeOffset now) =>
        agreement.Status == AgreementStatus.Ended || (End(agreement) is { } end && now >= end);

    /// <summary>The next instant after <paramref name="now"/> at which <see cref="InForce"/> may change by itself; null when none.</summary>
    public static DateTimeOffset? NextChange(this Agreement agreement, DateTimeOffset now) =>
        new[] { Start(agreement), End(agreement) }.Where(t => t > now).Min();

    private static DateTimeOffset? Start(Agreement agreement) =>
        agreement.StartsOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static DateTimeOffset? End(Agreement agreement) =>
        agreement.EndsOn is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
