using BrandContent.Localization;
using BrandContent.Publishing;

namespace BrandContent.Translation.Xliff;

/// <summary>A translation an import changed: which fields, and the revision and state it is in now.</summary>
public sealed record XliffImportedVariant(ContentKind Kind, Guid EntityId, IReadOnlyList<string> Fields, int Revision, WorkflowStatus Status);

/// <summary>What an import did, in the target locale.</summary>
public sealed record XliffImportReport(string Locale, IReadOnlyList<XliffImportedVariant> Changed, int UnchangedUnits, int UnitsWithoutTarget);
