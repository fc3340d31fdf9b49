using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace BrandContent.Api.GraphQL;

/// <summary>The SDL committed in schema/, printed from the running schema (never edited by hand).</summary>
public static class SchemaPrinting
{
    public const string Argument = "--print-schema";

    public static string PrintSdl(this ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>
    /// <c>dotnet run --project src/BrandContent.Api -- --print-schema</c> writes the SDL to schema/brandcontent.graphql
    /// of the checkout it runs from, and exits without touching a database.
    /// </summary>
    public static async Task<bool> TryPrintSchemaAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains(Argument))
        {
            return false;
        }

        var path = CommittedSchemaPath();
        await File.WriteAllTextAsync(path, app.Services.GetRequiredService<ISchema>().PrintSdl());
        Console.WriteLine($"Schema written to {path}");
        return true;
    }

    /// <summary>schema/brandcontent.graphql next to BrandContent.sln, found upwards from the running binaries.</summary>
    public static string CommittedSchemaPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BrandContent.sln")))
            {
                return Path.Combine(dir.FullName, "schema", "brandcontent.graphql");
            }
        }

        throw new InvalidOperationException("BrandContent.sln was not found above " + AppContext.BaseDirectory);
    }
}
