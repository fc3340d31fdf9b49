namespace BrandContent.Access;

/// <summary>What a caller is: each API key has exactly one role, and a scope that narrows it.</summary>
public enum Role
{
    Public,
    Partner,
    Translator,
    Editor,
    Reviewer,
    Admin,

    /// <summary>A social media scheduler: reads the schedule feed and reports what it posted.</summary>
    Scheduler,
}
