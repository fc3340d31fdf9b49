using BrandContent.Clarifications;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Clarifications;

public sealed class SeverityType : EnumerationGraphType<Severity>
{
    public SeverityType()
    {
        Name = "Severity";
        Description = "How harmful a false claim is: LOW, MEDIUM, HIGH, CRITICAL. Decides when its clarification's translations are due.";
    }
}
