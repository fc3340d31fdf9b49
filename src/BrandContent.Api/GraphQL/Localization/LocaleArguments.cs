using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Localization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Localization;

/// <summary>The locale arguments every localized read takes, and their resolution into a <see cref="LocaleRequest"/>.</summary>
public static class LocaleArguments
{
    public static FieldBuilder<TSource, TReturn> WithLocaleArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<StringGraphType>("locale", "The locale wanted first (BCP 47, e.g. `ko`, `zh-Hans`, `en-GB`).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("locales", "The caller's own ordered fallback chain, tried after `locale`.")
            .Argument<StringGraphType>("market", "A market code (`KR`, `JP`…): its locale chain is tried after the explicit locales.")
            .Argument<BooleanGraphType>("fallback", "false: serve only the first locale asked for, to see the gaps.", a => a.DefaultValue = true)
            .Argument<BooleanGraphType>("preview", "true: editors see working copies in any workflow state instead of published content.", a => a.DefaultValue = false);

    /// <summary>The brand named by the <c>brand</c> argument (or BRAND_NOT_FOUND) and the chain its content is read in.</summary>
    public static async Task<(Brand Brand, LocaleChain Chain)> BrandInChainAsync(this IResolveFieldContext context)
    {
        var brand = await context.Delivery().Db.GetBrandAsync(context.GetArgument<string>("brand"), context.CancellationToken);
        context.Answer().Covers(brand);
        return (brand, (await context.LocaleRequestAsync()).ChainFor(brand.SourceLocale));
    }

    public static Task<LocaleRequest> LocaleRequestAsync(this IResolveFieldContext context)
    {
        var preview = context.GetArgument("preview", false);
        if (preview)
        {
            context.Answer().ReadsWorkingCopies();
        }

        return context.Delivery().Db.ResolveLocalesAsync(
            context.GetArgument<string?>("locale"),
            context.GetArgument<List<string>?>("locales"),
            context.GetArgument<string?>("market"),
            context.GetArgument("fallback", true),
            preview,
            context.CancellationToken);
    }
}
