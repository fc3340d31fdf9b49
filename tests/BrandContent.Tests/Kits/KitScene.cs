using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Messages;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Partners;

namespace BrandContent.Tests.Kits;

/// <summary>A brand with a full identity (palette, typography, a logo, vi and en text) and key messages for several markets and audiences.</summary>
public sealed class KitScene(BrandContentApp app)
{
    public const string InvestorsJp = "Đầu tư tại Nhật Bản";
    public const string ForEveryone = "Thông điệp chung";
    public const string ForTourists = "Du lịch";
    public const string ForKorea = "Thị trường Hàn Quốc";

    public PartnerScene Partners { get; } = new(app);

    public async Task<(Brand Brand, Asset Logo)> BrandAsync()
    {
        var brand = TestContent.Brand(null, "vi", "en");
        brand.Colors =
        [
            new BrandColor { Name = "Đỏ cờ", Hex = "#DA251D", Role = "PRIMARY" },
            new BrandColor { Name = "Vàng sao", Hex = "#FFCD00", Role = "SECONDARY" },
        ];
        brand.Typography =
        [
            new BrandFont { Role = "HEADING", Family = "Be Vietnam Pro", Fallback = "sans-serif" },
            new BrandFont { Role = "BODY", Family = "Noto Sans", Fallback = "" },
        ];
        foreach (var variant in brand.Variants)
        {
            variant.ToneOfVoice = $"Ấm áp, tự hào ({variant.Locale})";
            variant.UsageDo = [$"Dùng logo trên nền sáng ({variant.Locale})"];
            variant.UsageDont = [$"Không kéo giãn logo ({variant.Locale})"];
        }

        var logo = TestContent.Asset(brand);
        logo.Credit = "Cục Du lịch";
        logo.License = "CC BY 4.0";
        brand.Logos = [new BrandLogo { Variant = "PRIMARY", AssetId = logo.Id }];
        await using var db = app.OpenDb();
        db.AddRange(brand, logo);
        db.KeyMessages.AddRange(
            Message(brand, InvestorsJp, ["JP"], ["INVESTORS"], english: true),
            Message(brand, ForEveryone, [], []),
            Message(brand, ForTourists, [], ["TOURISTS"]),
            Message(brand, ForKorea, ["KR"], []));
        await db.SaveChangesAsync();
        return (brand, logo);
    }

    private static KeyMessage Message(Brand brand, string headline, string[] markets, string[] audiences, bool english = false) =>
        new()
        {
            BrandId = brand.Id,
            Markets = [.. markets],
            Audiences = [.. audiences],
            Variants =
            [
                .. new V("vi").Rows(new KeyMessageVariant { Headline = headline }),
                .. english ? new V("en").Rows(new KeyMessageVariant { Headline = headline + " (en)" }) : [],
            ],
        };

    public Task<HttpResponseMessage> GetAsync(string path, string? key, string? ifNoneMatch = null, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return app.CreateClient().SendAsync(request);
    }

    /// <summary>The kit's files by path, read from the zip the way a designer's tool opens it.</summary>
    public async Task<(Dictionary<string, string> Files, HttpResponseMessage Response)> KitAsync(string slug, string key, string query = "")
    {
        var response = await GetAsync($"/kits/{slug}.zip{query}", key);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            files.Add(entry.FullName, await reader.ReadToEndAsync());
        }

        return (files, response);
    }

    public static string[] Headlines(string messagesJson)
    {
        using var document = JsonDocument.Parse(messagesJson);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("headline").GetString()!).Order(StringComparer.Ordinal)];
    }

    public static async Task<(int Status, string? Code)> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return ((int)response.StatusCode, document.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null);
    }
}
