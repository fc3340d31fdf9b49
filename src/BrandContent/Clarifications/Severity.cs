namespace BrandContent.Clarifications;

/// <summary>How harmful a false claim is; decides how soon its clarification's translations are due.</summary>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
