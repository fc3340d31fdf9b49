using System.Collections;
using System.Globalization;
using System.Resources;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Editing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

public sealed class LocalizedErrorTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string UnknownBrand = "{ stories(brand: \"atlantis\") { totalCount } }";

    [Fact]
    public async Task Accept_language_vi_gets_the_message_in_Vietnamese()
    {
        var response = await app.GraphQL().QueryAsync(UnknownBrand, acceptLanguage: "vi-VN,vi;q=0.9,en;q=0.5");
        Assert.Equal(["BRAND_NOT_FOUND"], response.ErrorCodes);
        Assert.Equal("Không có thương hiệu nào có slug 'atlantis'.", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task English_is_the_default_and_the_code_is_the_same_in_every_language()
    {
        var english = await app.GraphQL().QueryAsync(UnknownBrand, acceptLanguage: "de");
        var vietnamese = await app.GraphQL().QueryAsync(UnknownBrand, acceptLanguage: "vi");
        Assert.Equal("There is no brand with the slug 'atlantis'.", english.Errors[0].GetProperty("message").GetString());
        Assert.Equal(english.ErrorCodes, vietnamese.ErrorCodes);
    }

    [Fact]
    public async Task Http_level_errors_are_localized_too()
    {
        var response = await app.GraphQL().SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") },
            acceptLanguage: "vi");
        Assert.Equal("Yêu cầu không có 'query'.", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task GraphQL_validation_errors_keep_their_code_and_are_framed_in_Vietnamese()
    {
        var english = await app.GraphQL().QueryAsync("{ markets { population } }");
        var vietnamese = await app.GraphQL().QueryAsync("{ markets { population } }", acceptLanguage: "vi");
        Assert.Equal(english.ErrorCodes, vietnamese.ErrorCodes);
        Assert.Equal("Truy vấn GraphQL không hợp lệ: " + english.Errors[0].GetProperty("message").GetString(), vietnamese.Errors[0].GetProperty("message").GetString());
        Assert.True(vietnamese.Errors[0].TryGetProperty("locations", out _));
    }

    [Fact]
    public void Vietnamese_and_English_resources_have_the_same_keys_and_cover_every_error_code()
    {
        var manager = new ResourceManager("BrandContent.Api.Resources.GraphQL.Errors.ErrorMessages", typeof(ErrorMessages).Assembly);
        var english = Keys(manager, CultureInfo.InvariantCulture);
        var vietnamese = Keys(manager, CultureInfo.GetCultureInfo("vi"));
        Assert.Equal(english, vietnamese);

        var codes = typeof(ErrorCode).GetFields().Select(f => (string)f.GetValue(null)!)
            .Concat(ValidationRule.All.Select(ValidationRule.MessageKey))
            .Concat(InvalidJsonReason.All.Select(InvalidJsonReason.MessageKey))
            .Append(LocalizedErrors.GraphQLInvalidMessage)
            .Append(AutomaticPersistedQueries.DocumentIdWithQueryMessage)
            .ToHashSet();
        Assert.Equal(codes.Order(), english.Order());
    }

    private static HashSet<string> Keys(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .ToHashSet();
}
