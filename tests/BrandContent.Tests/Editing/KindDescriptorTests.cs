using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Tests.Fixtures;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Editing;

/// <summary>
/// Adding a kind of content is a folder and a line in <see cref="LocalizedKinds"/>: these guards fail when a kind
/// lacks its descriptor or any part that generic code builds from it.
/// </summary>
public sealed class KindDescriptorTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    public static TheoryData<ContentKind> Kinds => new(Enum.GetValues<ContentKind>());

    [Fact]
    public void Every_content_kind_has_exactly_one_descriptor()
    {
        Assert.Equal(Enum.GetValues<ContentKind>().Order(), LocalizedKinds.All.Select(k => k.Kind).Order());
        Assert.All(Enum.GetValues<ContentKind>(), kind => Assert.Equal(kind, LocalizedKinds.Of(kind).Kind));
        Assert.Equal(LocalizedKinds.All.Count, LocalizedKinds.All.Select(k => k.VariantType).Distinct().Count());
        Assert.Equal(LocalizedKinds.All.Count, LocalizedKinds.All.Select(k => k.EntityType).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_offers_create_update_and_archive_for_the_kind(ContentKind kind)
    {
        var descriptor = LocalizedKinds.Of(kind);
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        foreach (var name in new[] { descriptor.CreateMutation, descriptor.UpdateMutation })
        {
            var field = schema.Mutation!.GetField(name);
            Assert.True(field is not null, $"the schema has no {name}");
            var input = field!.Arguments!.Find("input")!.ResolvedType!.GetNamedType();
            Assert.Equal(descriptor.InputType, ((IInputObjectGraphType)input).GetType().BaseType!.GetGenericArguments().Single());
            Assert.Equal(descriptor.BelongsToBrand && name == descriptor.CreateMutation, field.Arguments.Find("brand") is not null);
        }

        Assert.Contains(kind.ToConstantCase(), ((EnumerationGraphType)schema.AllTypes["ContentKind"]!).Values.Select(v => v.Name));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Access_rules_cover_the_kinds_mutations(ContentKind kind)
    {
        var descriptor = LocalizedKinds.Of(kind);
        Assert.Equal(descriptor.CreatePermission, AccessPolicy.For("Mutation", descriptor.CreateMutation)?.Permission);
        var update = AccessPolicy.For("Mutation", descriptor.UpdateMutation);
        Assert.Equal(Permission.EditContent, update?.Permission);
        Assert.Equal(kind, update?.Targets);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Column_lengths_are_the_descriptors_field_lengths(ContentKind kind)
    {
        var descriptor = LocalizedKinds.Of(kind);
        await using var db = app.OpenDb();
        var variant = db.Model.FindEntityType(descriptor.VariantType)!;
        Assert.NotEmpty(descriptor.Columns);
        foreach (var (field, property) in descriptor.Columns)
        {
            Assert.Equal(field.MaxLength, variant.FindProperty(property)!.GetMaxLength());
        }

        // Every field is stored somewhere: a column of its own or a list.
        Assert.All(descriptor.Fields, f => Assert.True(f.IsList || descriptor.Columns.Any(c => c.Field == f), $"{kind}.{f.Name} has no column"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_entity_of_every_kind_is_archived_and_restored_through_its_descriptor(ContentKind kind)
    {
        Guid id;
        await using (var db = app.OpenDb())
        {
            id = (await LocalizedKinds.Of(kind).EntitiesAsync(db, BrandSelection.All, CancellationToken.None)).First().Id;
        }

        const string Archive = "mutation($k: ContentKind!, $id: ID!, $a: Boolean) { archive(kind: $k, id: $id, archived: $a) { kind id archivedAt } }";
        var archived = (await app.GraphQL().QueryAsync(Archive, new { k = kind.ToConstantCase(), id, a = true })).Ok().GetProperty("archive");
        Assert.Equal(LocalizedKinds.Of(kind).Name, archived.GetProperty("kind").GetString());
        Assert.NotNull(archived.GetProperty("archivedAt").GetString());

        await using (var db = app.OpenDb())
        {
            Assert.DoesNotContain(id, (await LocalizedKinds.Of(kind).EntitiesAsync(db, BrandSelection.All, CancellationToken.None)).Select(e => e.Id));
        }

        var restored = (await app.GraphQL().QueryAsync(Archive, new { k = kind.ToConstantCase(), id, a = false })).Ok().GetProperty("archive");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, restored.GetProperty("archivedAt").ValueKind);
    }
}
