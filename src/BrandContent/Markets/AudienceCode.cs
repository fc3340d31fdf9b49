namespace BrandContent.Markets;

/// <summary>An audience's code (<c>TOURISTS</c>, <c>INVESTORS</c>) in its one spelling: upper case, no surrounding space.</summary>
public static class AudienceCode
{
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
