namespace BrandContent.Api.Studio;

/// <summary>The words of the review, history, XLIFF and entity screens (Studio/Resources/ReviewText*.resx).</summary>
public sealed class ReviewText() : StudioTextSource(nameof(ReviewText));
