using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Publishing;
using BrandContent.Storage;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// Reads translations back from an XLIFF 2.0 file, all or nothing: the key's scope first, then the whole file is
/// checked, then every changed translation is written through the editor (validation, revision, history, audit) in
/// one transaction, a batch per kind.
/// </summary>
public sealed class XliffImport(BrandContentDb db, VariantEditor editor, VariantWorkflow workflow)
{
    public async Task<XliffImportReport> ImportAsync(
        string content, bool submitForReview, EditContext edit, XliffWriteScope scope, CancellationToken cancellationToken)
    {
        var file = XliffSubmission.Read(content);
        await scope.CheckAsync(db, file, cancellationToken);
        var plan = await db.PlanXliffImportAsync(file, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var problems = new List<FieldProblem>();
        var changed = new List<XliffImportedVariant>();
        foreach (var batch in plan.Changes.GroupBy(c => c.Kind))
        {
            var changes = batch.ToList();
            try
            {
                var variants = await editor.UpsertManyAsync(
                    batch.Key, plan.Locale, changes.Select(c => new VariantWrite(c.EntityId, c.ExpectedRevision, c.Values, c.SourceRevision)).ToList(), edit,
                    (index, problem) => problem with { Field = changes[index].Locate(problem.Field) }, cancellationToken);
                if (submitForReview)
                {
                    foreach (var variant in variants)
                    {
                        await workflow.ApplyToLockedAsync(batch.Key, variant, new WorkflowStep(WorkflowCommand.SubmitForReview, variant.Revision), edit, cancellationToken);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                }

                changed.AddRange(changes.Zip(variants, (change, variant) => new XliffImportedVariant(
                    change.Kind.Kind, change.EntityId, [.. change.Kind.Fields.Where(f => change.Values.ContainsKey(f.Name)).Select(f => f.Name)], variant.Revision, variant.Status)));
            }
            catch (ValidationFailedException invalid)
            {
                // Rules only the editor knows (slug format and uniqueness): keep going to report them all, with their
                // lines. The refused batch stays tracked, so it is dropped; the transaction rolls back.
                problems.AddRange(invalid.Problems);
                db.ChangeTracker.Clear();
            }
        }

        ValidationFailedException.ThrowIfAny(problems);
        await transaction.CommitAsync(cancellationToken);
        return new XliffImportReport(plan.Locale, changed, plan.UnchangedUnits, plan.UnitsWithoutTarget);
    }
}
