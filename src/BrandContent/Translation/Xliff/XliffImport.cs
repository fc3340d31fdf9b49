using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Publishing;
using BrandContent.Storage;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// Reads translations back from an XLIFF 2.0 file, all or nothing: the whole file is checked first, then every
/// changed translation is written through the editor (validation, revision, history, audit) in one transaction.
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
        foreach (var change in plan.Changes)
        {
            try
            {
                var variant = await editor.UpsertAsync(
                    change.Kind, change.EntityId, plan.Locale, change.ExpectedRevision, change.Values, change.SourceRevision, edit, cancellationToken);
                if (submitForReview)
                {
                    variant = await workflow.ApplyAsync(
                        change.Kind, change.EntityId, plan.Locale, new WorkflowStep(WorkflowCommand.SubmitForReview, variant.Revision), edit, cancellationToken);
                }

                var fields = change.Kind.Fields.Where(f => change.Values.ContainsKey(f.Name)).Select(f => f.Name).ToList();
                changed.Add(new XliffImportedVariant(change.Kind.Kind, change.EntityId, fields, variant.Revision, variant.Status));
            }
            catch (ValidationFailedException invalid)
            {
                // Rules only the editor knows (slug format and uniqueness): keep going to report them all, with
                // their lines. The refused variant stays tracked, so it is dropped; the transaction rolls back.
                problems.AddRange(invalid.Problems.Select(p => p with { Field = change.Locate(p.Field) }));
                db.ChangeTracker.Clear();
            }
        }

        ValidationFailedException.ThrowIfAny(problems);
        await transaction.CommitAsync(cancellationToken);
        return new XliffImportReport(plan.Locale, changed, plan.UnchangedUnits, plan.UnitsWithoutTarget);
    }
}
