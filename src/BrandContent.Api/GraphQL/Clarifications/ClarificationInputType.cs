using BrandContent.Api.GraphQL.Input;
using BrandContent.Clarifications;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Clarifications;

public sealed class ClarificationInputType : InputObjectGraphType<ClarificationInput>
{
    public ClarificationInputType()
    {
        Name = "ClarificationInput";
        Description = "A clarification's own values. Its texts (title, claim, facts) are variants of kind CLARIFICATION (upsertVariant).";
        Field<NonNullGraphType<SeverityType>>("severity");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets")
            .Description($"Codes of the markets concerned (1 to {ClarificationRules.MaxMarkets}): their chains' locales are the translations publishing queues.");
        Field<StringGraphType>("sourceUrl")
            .Description($"Where the claim was seen: http or https, no credentials, at most {Clarification.SourceUrlMaxLength} characters. Never fetched.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("spreadOn")
            .Description($"Outlets and platforms the claim spread on (at most {ClarificationRules.MaxSpreadOn}, one line each).");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("relatedStories")
            .Description($"Stories of the same brand telling the facts (at most {ClarificationRules.MaxRelatedStories}).");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("concernedBrands")
            .Description($"Ids of the other brands the clarification concerns besides its own (at most {ConcernedBrands.Max}, each once, not the owner, "
                + "brands the key covers): it is listed in their `clarifications` and counts in their reports.");
    }
}
