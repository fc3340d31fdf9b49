using BrandContent.Access;

namespace BrandContent.Tests.Access;

public sealed class ApiKeySecretTests
{
    [Theory]
    [InlineData("bck_0123456789abcdef0123456789abcdef0123")]
    [InlineData("bck_khóa-có-dấu-tiếng-Việt-và-日本語のキー-0123456789")]
    [InlineData(null)] // 2,000 characters: past the stack buffer
    public void The_hash_of_a_sent_token_is_the_one_its_secret_is_kept_under(string? token)
    {
        token ??= "bck_" + new string('ệ', 2000);

        Assert.True(ApiKeySecret.TryRead(token, out var secret));
        Assert.Equal(secret.HashHex, ApiKeySecret.HashHexOf(token));
    }
}
