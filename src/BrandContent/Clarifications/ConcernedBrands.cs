using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

/// <summary>
/// The rules for a clarification's concerned brands (besides its owner): each must be a brand that exists, is not the
/// owner and is named once, at most <see cref="Max"/>; an editor may only add brands their key covers. A brand outside
/// the key's scope is refused exactly like an id that names nothing (REFERENCE): the answer says nothing about brands
/// the caller cannot see. One problem per offending item.
/// </summary>
public static class ConcernedBrands
{
    public const string Field = "concernedBrands";
    public const int Max = 20;

    /// <summary>The owning brand named among the brands concerned besides it.</summary>
    public const string OwnerRule = "CONCERNED_OWNER";

    /// <summary>A concerned brand named more than once.</summary>
    public const string RepeatedRule = "CONCERNED_REPEATED";

    public static readonly IReadOnlyList<string> Rules = [OwnerRule, RepeatedRule];

    public static async Task CheckAsync(
        this List<FieldProblem> problems, BrandContentDb db, Clarification entity, Guid ownerId, IReadOnlyList<Guid>? given,
        IReadOnlySet<Guid>? editorBrands, CancellationToken cancellationToken)
    {
        var ids = given ?? [];
        if (ids.Count > Max)
        {
            problems.InRange(Field, ids.Count, 0, Max);
            return;
        }

        var seen = new HashSet<Guid>();
        var candidates = new List<Guid>();
        foreach (var id in ids)
        {
            if (id == ownerId)
            {
                problems.Add(new FieldProblem(Field, OwnerRule, id));
            }
            else if (!seen.Add(id))
            {
                problems.Add(new FieldProblem(Field, RepeatedRule, id));
            }
            else
            {
                candidates.Add(id);
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        // A brand already concerned may stay when an editor of narrower scope saves the clarification again; new ones must be in scope.
        var known = await db.Brands.Unarchived().Where(b => candidates.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken);
        var reachable = known.Where(id => editorBrands is not { Count: > 0 } scope || scope.Contains(id) || entity.ConcernedBrandIds.Contains(id)).ToList();
        problems.Exists(Field, candidates, reachable);
    }
}
