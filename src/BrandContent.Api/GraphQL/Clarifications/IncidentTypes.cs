using System.Xml;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Clarifications;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Clarifications;

public sealed class IncidentType : ObjectGraphType<Incident>
{
    public IncidentType()
    {
        Name = "Incident";
        Description = "False information about a brand: the mentions that carried it, the clarification answering it, and how long the answer took.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("Plain text.").Resolve(ctx => ctx.Source.Summary);
        Field<NonNullGraphType<SeverityType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("detectedAt").Resolve(ctx => ctx.Source.DetectedAt);
        Field<DateTimeOffsetGraphType>("answeredAt").Description("When its clarification first went out, or as recorded; null while unanswered.")
            .Resolve(ctx => ctx.Source.AnsweredAt);
        Field<IntGraphType>("responseSeconds").Description("From detection to answer, in whole seconds; null while unanswered.")
            .Resolve(ctx => ctx.Source.ResponseTime is { } time ? (int)time.TotalSeconds : null);
        Field<StringGraphType>("responseTime").Description("The same as an ISO 8601 duration (PT3H20M); null while unanswered.")
            .Resolve(ctx => ctx.Source.ResponseTime is { } time ? XmlConvert.ToString(time) : null);
        Field<UuidGraphType>("clarificationId").Resolve(ctx => ctx.Source.ClarificationId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UuidGraphType>>>>("mentionIds").Description("The mentions that carried the claim.")
            .Resolve(ctx => ctx.Source.Mentions.Select(m => m.MentionId).Order().ToList());
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Resolve(ctx => ctx.Source.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(ctx => ctx.Source.RecordedAt);
    }
}

public sealed class IncidentInputType : InputObjectGraphType<IncidentInput>
{
    public IncidentInputType()
    {
        Name = "IncidentInput";
        Description = "An incident's values, whole: an update replaces them.";
        Field<NonNullGraphType<StringGraphType>>("summary").Description($"Plain text, at most {Incident.SummaryMaxLength} characters.");
        Field<NonNullGraphType<SeverityType>>("severity");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("detectedAt").Description("When the false information was detected; not in the future.");
        Field<DateTimeOffsetGraphType>("answeredAt").Description("When it was answered; left out, the first publication of its clarification sets it.");
        Field<UuidGraphType>("clarification").Description("The clarification (of the same brand) answering it.");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("mentions")
            .Description($"Mentions (of the same brand) that carried it, at most {IncidentRules.MaxMentions}.");
    }
}
