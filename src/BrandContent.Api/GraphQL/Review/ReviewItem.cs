using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Api.GraphQL.Review;

/// <summary>A working variant waiting for a reviewer: submitted (IN_REVIEW) or approved and not yet published.</summary>
public sealed record ReviewItem(LocalizedKind Kind, Variant Variant, string BrandSlug);

/// <summary>The live copy of a variant: what publishing last copied from the working copy.</summary>
public sealed record LiveVariant(LocalizedKind Kind, Variant Variant);
