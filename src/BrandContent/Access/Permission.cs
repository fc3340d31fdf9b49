namespace BrandContent.Access;

/// <summary>What a GraphQL field needs; each role holds a fixed set (<see cref="RolePermissions"/>).</summary>
public enum Permission
{
    /// <summary>Published delivery: stories, pillars, events, brands, markets.</summary>
    Deliver,

    /// <summary>Approved messaging and the identity kit: key messages, colors, typography, logos, usage rules, asset rights.</summary>
    ReadMessaging,

    /// <summary>Working copies in any workflow state (the <c>preview</c> argument).</summary>
    Preview,

    /// <summary>Translation work: variants, history, translation status and queue, glossary, XLIFF export.</summary>
    ReadWork,

    /// <summary>Writing texts: upsertVariant, restore, confirm, submit for review, XLIFF import.</summary>
    WriteVariants,

    /// <summary>Creating, changing and archiving content entities and glossary terms.</summary>
    EditContent,

    /// <summary>Approving, requesting changes, publishing and unpublishing.</summary>
    Review,

    /// <summary>Locales and markets.</summary>
    ManageReferenceData,

    /// <summary>The audit log.</summary>
    Audit,

    /// <summary>API keys.</summary>
    ManageKeys,

    /// <summary>Webhook subscriptions and their deliveries (administrators).</summary>
    ManageWebhooks,
    /// <summary>The schedule feed: socialSchedule, the iCalendar feed, the distribution log.</summary>
    ReadSchedule,

    /// <summary>Reporting what went out: markPosted.</summary>
    Distribute,

    /// <summary>
    /// Following the plan up: media monitoring and KPIs (mentions, indicator definitions and figures), incidents of false
    /// information, plans, tasks and reporting status, and the yearly report — the brand's own working material.
    /// </summary>
    Monitor,

    /// <summary>Partners, their agreements and their keys (administrators).</summary>
    ManagePartners,

    /// <summary>A partner key's own partner record and agreements (myPartner, partner(id) of its own partner).</summary>
    ReadOwnPartner,
}

public static class RolePermissions
{
    private static readonly Dictionary<Role, HashSet<Permission>> Granted = new()
    {
        [Role.Public] = [Permission.Deliver],
        [Role.Partner] = [Permission.Deliver, Permission.ReadMessaging, Permission.ReadOwnPartner],
        [Role.Translator] = [Permission.Deliver, Permission.ReadMessaging, Permission.Preview, Permission.ReadWork, Permission.WriteVariants],
        [Role.Editor] = [Permission.Deliver, Permission.ReadMessaging, Permission.Preview, Permission.ReadWork, Permission.WriteVariants, Permission.EditContent, Permission.ReadSchedule, Permission.Distribute, Permission.Monitor],
        [Role.Reviewer] = [Permission.Deliver, Permission.ReadMessaging, Permission.Preview, Permission.ReadWork, Permission.Review, Permission.ReadSchedule, Permission.Monitor],
        [Role.Admin] = [.. Enum.GetValues<Permission>()],
        [Role.Scheduler] = [Permission.Deliver, Permission.ReadSchedule, Permission.Distribute],
    };

    public static bool Has(this Role role, Permission permission) => Granted[role].Contains(permission);
}
