using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Webhooks;

/// <summary>The checks of a <see cref="WebhookInput"/>, every problem at once, and the filters it resolves to.</summary>
internal static class WebhookRules
{
    private const int MaxFilterEntries = 100;

    public static async Task<(List<Guid> Brands, List<string> Markets)> ValidateAsync(
        this BrandContentDb db, WebhookInput input, WebhookScope scope, bool allowPrivateTargets, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>(await WebhookUrl.CheckAsync("url", input.Url ?? "", allowPrivateTargets, cancellationToken));
        if (input.Events is not { Count: > 0 })
        {
            problems.Add(new FieldProblem("events", ValidationRule.Required));
        }
        else
        {
            problems.AddRange(input.Events.Where(e => !WebhookEventTypes.IsKnown(e)).Distinct()
                .Select(e => new FieldProblem("events", ValidationRule.WebhookEvent, e, string.Join(", ", WebhookEventTypes.All))));
        }

        var slugs = (input.Brands ?? []).Select(BrandSlug.Normalize).Distinct().ToList();
        var codes = (input.Markets ?? []).Select(MarketCode.Normalize).Distinct().ToList();
        foreach (var (field, count) in new[] { ("brands", slugs.Count), ("markets", codes.Count) })
        {
            if (count > MaxFilterEntries)
            {
                problems.Add(new FieldProblem(field, ValidationRule.Range, 0, MaxFilterEntries, count));
            }
        }

        ValidationFailedException.ThrowIfAny(problems);
        var brands = await db.Brands.Where(b => slugs.Contains(b.Slug)).Select(b => new { b.Id, b.Slug }).ToListAsync(cancellationToken);
        var markets = await db.Markets.Where(m => codes.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken);
        problems.AddRange(slugs.Except(brands.Select(b => b.Slug)).Select(s => new FieldProblem("brands", ValidationRule.Reference, s)));
        problems.AddRange(codes.Except(markets).Select(c => new FieldProblem("markets", ValidationRule.Reference, c)));
        if (input.AgreementId is { } agreement && !await db.Agreements.AnyAsync(a => a.Id == agreement, cancellationToken))
        {
            problems.Add(new FieldProblem("agreementId", ValidationRule.Reference, agreement));
        }

        ValidationFailedException.ThrowIfAny(problems);

        var resolved = (brands.Select(b => b.Id).Order().ToList(), codes.Order(StringComparer.Ordinal).ToList());
        if (!scope.Covers(new WebhookSubscription { Brands = resolved.Item1, Markets = resolved.Item2 }))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, scope.Brands.Count > 0 && !Within(resolved.Item1, scope.Brands) ? "brand" : "market", "*");
        }

        return resolved;
    }

    private static bool Within<T>(List<T> filter, IReadOnlySet<T> scope) => filter.Count > 0 && filter.All(scope.Contains);
}
