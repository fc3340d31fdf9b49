using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Search;

public static class SearchRegistration
{
    public static IHostApplicationBuilder AddBrandContentSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .Validate(o => o.CandidatesPerKind is >= 20 and <= 100_000, $"{SearchOptions.Section}:CandidatesPerKind must be between 20 and 100000.")
            .Validate(o => o.IndexSampleSize >= o.CandidatesPerKind, $"{SearchOptions.Section}:IndexSampleSize must be at least CandidatesPerKind.")
            .Validate(o => o.IndexScanWords is >= 1 and <= 16, $"{SearchOptions.Section}:IndexScanWords must be between 1 and 16.")
            .ValidateOnStart();
        return builder;
    }
}
