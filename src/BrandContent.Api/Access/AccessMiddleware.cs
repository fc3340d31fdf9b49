using BrandContent.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using GraphQL;
using GraphQL.Instrumentation;

namespace BrandContent.Api.Access;

/// <summary>
/// Every access rule in one place: the permission <see cref="AccessPolicy"/> gives a field, the
/// preview flag, and, on root fields, the key's scope (brands, markets, locales), checked on the arguments before
/// the resolver runs and on brand-wide lists after it.
/// </summary>
public sealed class AccessMiddleware : IFieldMiddleware
{
    /// <summary>Fields whose resolver narrows to the key's brands itself when no brand is given (before paging).</summary>
    private static readonly string[] BrandFilteredFields = ["translationQueue", "socialSchedule", "reviewQueue"];
    private static readonly string[] LocaleScopedFields = ["upsertVariant", "restoreRevision", "confirmTranslation", "submitForReview", "translationQueue", "xliffExport", "translationWorkspace", "reviewQueue"];

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var isRoot = AccessPolicy.IsRoot(context.ParentType.Name);
        var rule = AccessPolicy.For(context.ParentType.Name, context.FieldDefinition.Name);
        if (!isRoot && rule is null)
        {
            return await next(context);
        }

        var caller = context.Caller();
        if (rule is null || !caller.Can(rule.Permission))
        {
            throw new BrandContentException(ErrorCode.Forbidden, caller.Role.ToConstantCase(), context.FieldDefinition.Name);
        }

        if (!isRoot)
        {
            return await next(context);
        }

        if (context.GetArgument("preview", false) && !caller.Can(Permission.Preview))
        {
            throw new BrandContentException(ErrorCode.Forbidden, caller.Role.ToConstantCase(), "preview");
        }

        await CheckScopeAsync(context, caller, rule.Targets);
        return Filter(await next(context), caller);
    }

    private static async Task CheckScopeAsync(IResolveFieldContext context, Caller caller, ContentKind? targets)
    {
        if (context.GetArgument<string?>("brand") is { } brand && !caller.InBrands(BrandSlug.Normalize(brand)))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "brand", brand);
        }

        // A brand-scoped key must name its brand where leaving it out would mean "every brand" (xliffExport).
        if (caller.BrandSlugs.Count > 0 && context.FieldDefinition.Arguments?.Find("brand") is not null
            && !context.HasArgument("brand") && !BrandFilteredFields.Contains(context.FieldDefinition.Name))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "brand", "*");
        }

        if (context.GetArgument<string?>("market") is { } market && !caller.InMarkets(MarketCode.Normalize(market)))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "market", market);
        }

        if (LocaleScopedFields.Contains(context.FieldDefinition.Name) && context.GetArgument<string?>("locale") is { } locale
            && !caller.InLocales(LocaleTag.Normalize(locale)))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "locale", locale);
        }

        // Only a content kind names what an id points at (channels(kind:) takes a ChannelKind).
        var kind = context.Arguments is { } arguments && arguments.TryGetValue("kind", out var argument) && argument.Value is ContentKind given ? given : targets;
        if (kind is { } target && context.HasArgument("id") && caller.BrandIds.Count > 0)
        {
            var owner = await LocalizedKinds.Of(target).FindOwnerAsync(context.Delivery().Db, context.GetArgument<Guid>("id"), context.CancellationToken);
            if (owner is not null && !caller.InBrands(owner.BrandId))
            {
                throw new BrandContentException(ErrorCode.OutOfScope, "brand", owner.BrandId);
            }
        }
    }

    /// <summary>Lists that span brands or markets keep only what the key's scope includes.</summary>
    private static object? Filter(object? result, Caller caller) => result switch
    {
        IEnumerable<Localized<Brand, BrandVariant>> brands when caller.BrandSlugs.Count > 0 => brands.Where(b => caller.InBrands(b.Entity.Slug)).ToList(),
        IEnumerable<Market> markets when caller.Markets.Count > 0 => markets.Where(m => caller.InMarkets(m.Code)).ToList(),
        IEnumerable<Channel> channels when caller.Markets.Count > 0 => channels.Where(c => c.Markets.Any(caller.InMarkets)).ToList(),
        _ => result,
    };
}
