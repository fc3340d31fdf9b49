using BrandContent.Storage;

namespace BrandContent.Editing;

/// <summary>How one kind of entity's own (non-localized) values are checked, applied from its input and summarized.</summary>
public interface IEntityRules<TEntity, TInput>
    where TEntity : class
{
    /// <summary>Problems with the input for this entity (new or existing), each naming its field.</summary>
    Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, TEntity entity, Guid brandId, TInput input, CancellationToken cancellationToken);

    Task ApplyAsync(BrandContentDb db, TEntity entity, TInput input, CancellationToken cancellationToken);

    /// <summary>The entity's own (non-localized) values as text, for editors and the audit log.</summary>
    IReadOnlyDictionary<string, string?> Summary(TEntity entity);
}
