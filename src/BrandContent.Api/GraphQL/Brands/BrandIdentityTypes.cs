using BrandContent.Brands;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Brands;

public sealed class BrandColorType : ObjectGraphType<BrandColor>
{
    public BrandColorType()
    {
        Name = "BrandColor";
        Description = "A color of the brand palette.";
        Field(c => c.Name);
        Field(c => c.Hex).Description("`#RRGGBB`.");
        Field(c => c.Role).Description("PRIMARY, SECONDARY, ACCENT, NEUTRAL, BACKGROUND…");
    }
}

public sealed class BrandFontType : ObjectGraphType<BrandFont>
{
    public BrandFontType()
    {
        Name = "BrandFont";
        Description = "A typeface of the brand and the role it plays.";
        Field(f => f.Role);
        Field(f => f.Family);
        Field(f => f.Fallback).Description("Generic family to fall back to (`sans-serif`…).");
    }
}

public sealed class UsageRulesType : ObjectGraphType<BrandVariant>
{
    public UsageRulesType()
    {
        Name = "UsageRules";
        Description = "How the brand may and may not be used.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("do").Resolve(ctx => ctx.Source.UsageDo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dont").Resolve(ctx => ctx.Source.UsageDont);
    }
}
