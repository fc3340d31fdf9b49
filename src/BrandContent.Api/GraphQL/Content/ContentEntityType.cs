using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Content;

/// <summary>An entity's own (non-localized) values as editors see them after a write.</summary>
public sealed record ContentEntityView(string Kind, Guid Id, uint Version, DateTimeOffset? ArchivedAt, IReadOnlyDictionary<string, string?> Values);

public sealed class ContentEntityType : ObjectGraphType<ContentEntityView>
{
    public ContentEntityType()
    {
        Name = "ContentEntity";
        Description = "A brand, pillar, key message, story, asset or event after a write; its texts are variants (upsertVariant).";
        Field(e => e.Kind);
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back as expectedVersion with the next update.").Resolve(ctx => (long)ctx.Source.Version);
        Field<DateTimeOffsetGraphType>("archivedAt").Resolve(ctx => ctx.Source.ArchivedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("values").Resolve(ctx => ctx.Source.Values.ToList());
    }
}
