using System.Globalization;
using BrandContent.Editing;
using BrandContent.Storage;

namespace BrandContent.Assets;

public sealed record AssetInput(
    AssetKind Kind, string Url, string MimeType, long? SizeBytes, int? Width, int? Height, double? DurationSeconds,
    string? Credit, string? License, DateTimeOffset? RightsExpireAt);

public sealed class AssetRules : IEntityRules<Asset, AssetInput>
{
    public static readonly AssetRules Instance = new();


    public Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Asset entity, Guid brandId, AssetInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.Url("url", input.Url, Asset.UrlMaxLength);
        problems.Mime("mimeType", input.MimeType, Asset.MimeTypeMaxLength);
        problems.InRange("sizeBytes", input.SizeBytes, 0, long.MaxValue);
        problems.InRange("width", input.Width, 1, 100_000);
        problems.InRange("height", input.Height, 1, 100_000);
        problems.InRange("durationSeconds", input.DurationSeconds, 0, 1_000_000);
        problems.Text("credit", input.Credit, Asset.CreditMaxLength, required: false);
        problems.Text("license", input.License, Asset.LicenseMaxLength, required: false);
        return Task.FromResult(problems);
    }

    public Task ApplyAsync(BrandContentDb db, Asset entity, AssetInput input, CancellationToken cancellationToken)
    {
        entity.Kind = input.Kind;
        entity.Url = input.Url.Trim();
        entity.MimeType = input.MimeType.Trim();
        entity.SizeBytes = input.SizeBytes;
        entity.Width = input.Width;
        entity.Height = input.Height;
        entity.DurationSeconds = input.DurationSeconds;
        entity.Credit = input.Credit;
        entity.License = input.License;
        entity.RightsExpireAt = input.RightsExpireAt;
        return Task.CompletedTask;
    }

    public IReadOnlyDictionary<string, string?> Summary(Asset entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["kind"] = entity.Kind.ToString(),
        ["url"] = entity.Url,
        ["mimeType"] = entity.MimeType,
        ["license"] = entity.License,
        ["rightsExpireAt"] = entity.RightsExpireAt?.ToString("O", CultureInfo.InvariantCulture),
    };
}
