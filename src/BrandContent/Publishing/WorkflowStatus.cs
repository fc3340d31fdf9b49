namespace BrandContent.Publishing;

/// <summary>Where one localized variant stands: DRAFT → IN_REVIEW → APPROVED → PUBLISHED.</summary>
public enum WorkflowStatus
{
    Draft,
    InReview,
    Approved,
    Published,
}
