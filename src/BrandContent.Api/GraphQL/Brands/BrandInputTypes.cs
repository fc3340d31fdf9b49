using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Brands;

public sealed class BrandInputType : InputObjectGraphType<BrandInput>
{
    public BrandInputType()
    {
        Name = "BrandInput";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Lowercase letters, digits and hyphens; unique.");
        Field<StringGraphType>("parent").Description("Slug of the brand this one sits under.");
        Field<NonNullGraphType<EnumerationGraphType<BrandLevel>>>("level");
        Field<NonNullGraphType<StringGraphType>>("sourceLocale").Description("The locale editors write in (registered BCP 47 tag).");
        Field<ListGraphType<NonNullGraphType<BrandColorInputType>>>("colors");
        Field<ListGraphType<NonNullGraphType<BrandFontInputType>>>("typography");
        Field<ListGraphType<NonNullGraphType<BrandLogoInputType>>>("logos");
    }
}

public sealed class BrandColorInputType : InputObjectGraphType<BrandColor>
{
    public BrandColorInputType()
    {
        Name = "BrandColorInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("hex").Description("#RRGGBB");
        Field<NonNullGraphType<StringGraphType>>("role").Description("PRIMARY, SECONDARY, ACCENT, NEUTRAL, BACKGROUND…");
    }
}

public sealed class BrandFontInputType : InputObjectGraphType<BrandFont>
{
    public BrandFontInputType()
    {
        Name = "BrandFontInput";
        Field<NonNullGraphType<StringGraphType>>("role");
        Field<NonNullGraphType<StringGraphType>>("family");
        Field<StringGraphType>("fallback");
    }
}

public sealed class BrandLogoInputType : InputObjectGraphType<BrandLogo>
{
    public BrandLogoInputType()
    {
        Name = "BrandLogoInput";
        Field<NonNullGraphType<StringGraphType>>("variant");
        Field<NonNullGraphType<UuidGraphType>>("assetId").Description("An asset of this brand.");
    }
}
