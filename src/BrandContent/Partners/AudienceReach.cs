using System.Linq.Expressions;
using BrandContent.Messages;

namespace BrandContent.Partners;

/// <summary>
/// The one rule for which key messages an agreement's audiences let through: a message with no audiences is for
/// everyone; otherwise it must share at least one audience with the agreement (an agreement with no audiences lets
/// everything through). Each place that delivers key messages uses one of these forms: EF queries
/// (<see cref="Admits(IReadOnlyCollection{string})"/>), loaded entities (<see cref="Admits(IReadOnlyCollection{string}, KeyMessage)"/>),
/// and the search statement (<see cref="SqlFilter"/>).
/// </summary>
public static class AudienceReach
{
    /// <summary>The search statement's form, on the entity alias <c>e</c>, with the agreement's audiences as <c>@agreementAudiences</c>.</summary>
    public const string SqlFilter = """(cardinality(e."Audiences") = 0 OR e."Audiences" && @agreementAudiences)""";

    public static bool Admits(IReadOnlyCollection<string> agreementAudiences, KeyMessage message) =>
        agreementAudiences.Count == 0 || message.Audiences.Count == 0 || message.Audiences.Any(agreementAudiences.Contains);

    public static Expression<Func<KeyMessage, bool>> Admits(IReadOnlyCollection<string> agreementAudiences)
    {
        if (agreementAudiences.Count == 0)
        {
            return m => true;
        }

        var audiences = agreementAudiences.ToList();
        return m => m.Audiences.Count == 0 || m.Audiences.Any(a => audiences.Contains(a));
    }
}
