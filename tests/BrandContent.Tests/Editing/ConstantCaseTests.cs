using BrandContent.Access;
using BrandContent.Localization;
using BrandContent.Publishing;

namespace BrandContent.Tests.Editing;

public sealed class ConstantCaseTests
{
    [Fact]
    public void Every_value_is_spelled_the_same_through_the_remembered_names_as_worked_out()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Equal(((Enum)role).ToConstantCase(), role.ToConstantCase());
        }

        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            Assert.Equal(((Enum)kind).ToConstantCase(), kind.ToConstantCase());
        }

        Assert.Equal("KEY_MESSAGE", ContentKind.KeyMessage.ToConstantCase());
        Assert.Equal("IN_REVIEW", WorkflowStatus.InReview.ToConstantCase());
    }
}
