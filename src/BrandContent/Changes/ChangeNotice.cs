namespace BrandContent.Changes;

/// <summary>One change as every server hears it: the tags it touched (<see cref="ChangeTags"/>).</summary>
public sealed record ChangeNotice(IReadOnlyList<string> Tags)
{
    public static readonly ChangeNotice Everything = new([ChangeTags.Everything]);

    public bool IsEverything => Tags.Contains(ChangeTags.Everything);
}

/// <summary>Something a server keeps that a change can make stale (cached answers, key identities).</summary>
public interface IChangeSubscriber
{
    ValueTask OnChangedAsync(ChangeNotice notice, CancellationToken cancellationToken);
}
