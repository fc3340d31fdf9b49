using BrandContent.Assets;

namespace BrandContent.Tests.Assets;

/// <summary>The signatures match the image services' own documented examples, so a service configured with the same key accepts them.</summary>
public sealed class RenditionSignatureTests
{
    [Theory]
    // docs.imgproxy.net, "Signing a URL": key "secret", salt "hello".
    [InlineData("736563726574", "68656C6C6F", "/rs:fill:300:400:0/g:sm/aHR0cDovL2V4YW1w/bGUuY29tL2ltYWdl/cy9jdXJpb3NpdHku/anBn.png", "oKfUtW34Dvo2BGQehJFR4Nr0_rIjOtdtzJ3QFsUcXH8")]
    // The same page in imgproxy 2.x (basic URL format).
    [InlineData("736563726574", "68656C6C6F", "/fill/300/400/sm/0/aHR0cDovL2V4YW1w/bGUuY29tL2ltYWdl/cy9jdXJpb3NpdHku/anBn.png", "AfrOrF3gWeDA6VOlDG4TzxMv39O7MXnF4CXpKUwGqRM")]
    public void Imgproxy_signatures_match_the_documented_examples(string key, string salt, string path, string signature) =>
        Assert.Equal(signature, RenditionSignature.Sign(RenditionSigning.Imgproxy, key, salt, path));

    [Fact]
    public void Thumbor_signatures_match_scenario_1_of_its_libraries_spec() =>
        Assert.Equal("8ammJH8D-7tXy6kU3lTvoXlhu4o=", RenditionSignature.Sign(RenditionSigning.Thumbor, "my-security-key", null, "/300x200/my.server.com/some/path/to/image.jpg"));
}
