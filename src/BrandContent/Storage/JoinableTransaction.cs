using Microsoft.EntityFrameworkCore.Storage;

namespace BrandContent.Storage;

/// <summary>
/// A transaction that is either this operation's own, or the caller's one it joins: then commit and dispose are
/// left to the caller, so several operations (an XLIFF import) succeed or fail together.
/// </summary>
public sealed class JoinableTransaction(IDbContextTransaction? own) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => own?.DisposeAsync() ?? ValueTask.CompletedTask;
}

public static class JoinableTransactions
{
    public static async Task<JoinableTransaction> BeginOrJoinTransactionAsync(this BrandContentDb db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);
}
