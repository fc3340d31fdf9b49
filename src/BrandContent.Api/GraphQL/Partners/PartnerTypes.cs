using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Localization;
using BrandContent.Partners;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Partners;

public sealed class PartnerTypeGraphType : EnumerationGraphType<PartnerType>
{
    public PartnerTypeGraphType()
    {
        Name = "PartnerType";
        Description = "What kind of organization a partner is.";
    }
}

public sealed class AgreementStatusType : EnumerationGraphType<AgreementStatus>
{
    public AgreementStatusType()
    {
        Name = "AgreementStatus";
        Description = "ACTIVE (in force within its period), SUSPENDED (its keys refused until resumed), ENDED (for good).";
    }
}

public sealed class PartnerContactType : ObjectGraphType<PartnerContact>
{
    public PartnerContactType()
    {
        Name = "PartnerContact";
        Description = "Someone at a partner to write to (personal data: administrators only).";
        Field(c => c.Name);
        Field(c => c.Email);
    }
}

public sealed class PartnerGraphType : ObjectGraphType<PartnerView>
{
    public PartnerGraphType()
    {
        Name = "Partner";
        Description = "An organization taking the brands' approved messaging away, and its agreements.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Partner.Id);
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The name in `locale`, else in English or Vietnamese, else any.")
            .Argument<StringGraphType>("locale")
            .Resolve(ctx => ctx.Source.Partner.Names.NameIn(ctx.GetArgument<string?>("locale") is { } locale && LocaleTag.TryNormalize(locale, out var tag) ? [tag!] : []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("names").Description("The name per locale (name = locale tag).")
            .Resolve(ctx => ctx.Source.Partner.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new KeyValuePair<string, string?>(n.Key, n.Value)).ToList());
        Field<NonNullGraphType<PartnerTypeGraphType>>("type").Resolve(ctx => ctx.Source.Partner.Type);
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2.").Resolve(ctx => ctx.Source.Partner.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets").Resolve(ctx => ctx.Source.Partner.Markets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("audiences").Resolve(ctx => ctx.Source.Partner.Audiences);
        Field<ListGraphType<NonNullGraphType<PartnerContactType>>>("contacts")
            .Description("Personal data: administrators only (a partner key gets FORBIDDEN on this field).").Resolve(ctx => ctx.Source.Partner.Contacts);
        Field<StringGraphType>("notes").Description("The communications office's notes: administrators only.").Resolve(ctx => ctx.Source.Partner.Notes);
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back as expectedVersion with the next update.").Resolve(ctx => (long)ctx.Source.Partner.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementType>>>>("agreements").Description("Newest first.").Resolve(ctx => ctx.Source.Agreements);
    }
}

public sealed class AgreementType : ObjectGraphType<AgreementView>
{
    public AgreementType()
    {
        Name = "Agreement";
        Description = "What a partner agreed to receive: brands, markets, audiences, for a period or an event. Its keys work only while it is in force.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Agreement.Id);
        Field<NonNullGraphType<UuidGraphType>>("partnerId").Resolve(ctx => ctx.Source.Agreement.PartnerId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("brands").Description("Brand slugs.").Resolve(ctx => ctx.Source.BrandSlugs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets").Description("Market codes; empty = every market.").Resolve(ctx => ctx.Source.Agreement.Markets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("audiences")
            .Description("Audience codes key messages are filtered by; empty = every audience.").Resolve(ctx => ctx.Source.Agreement.Audiences);
        Field<DateOnlyGraphType>("startsOn").Description("First day in force (UTC).").Resolve(ctx => ctx.Source.Agreement.StartsOn);
        Field<DateOnlyGraphType>("endsOn").Description("Last day in force (UTC, inclusive).").Resolve(ctx => ctx.Source.Agreement.EndsOn);
        Field<UuidGraphType>("eventId").Description("The event it is tied to.").Resolve(ctx => ctx.Source.Agreement.EventId);
        Field<NonNullGraphType<AgreementStatusType>>("status").Resolve(ctx => ctx.Source.Agreement.Status);
        Field<NonNullGraphType<BooleanGraphType>>("inForce").Description("ACTIVE and inside its period now: its keys work.")
            .Resolve(ctx => ctx.Source.Agreement.InForce(ctx.Delivery().Now));
        Field<DateTimeOffsetGraphType>("endedAt").Description("When it was last ended or suspended.").Resolve(ctx => ctx.Source.Agreement.EndedAt);
        Field<StringGraphType>("endReason").Resolve(ctx => ctx.Source.Agreement.EndReason);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.Agreement.CreatedAt);
    }
}

public sealed class ContactInputType : InputObjectGraphType<ContactInput>
{
    public ContactInputType()
    {
        Name = "ContactInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("email");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ContactInput((string)value["name"]!, (string)value["email"]!);
}

public sealed class PartnerInputType : InputObjectGraphType<PartnerInput>
{
    public PartnerInputType()
    {
        Name = "PartnerInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Translation.TermTranslationInputType>>>>("names").Description("The name per locale; at least one.");
        Field<NonNullGraphType<PartnerTypeGraphType>>("type");
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 (JP, FR).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Codes of the markets it speaks to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("audiences").Description("Codes of the audiences it reaches.");
        Field<ListGraphType<NonNullGraphType<ContactInputType>>>("contacts");
        Field<StringGraphType>("notes").Description("Plain text.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PartnerInput(
        (value.TryGetValue("names", out var names) ? names as IEnumerable<object?> ?? [] : [])
            .Cast<KeyValuePair<string, string>>().GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        (PartnerType)value["type"]!,
        (string)value["country"]!,
        value.TryGetValue("markets", out var markets) && markets is IEnumerable<object?> codes ? [.. codes.Cast<string>()] : null,
        value.TryGetValue("audiences", out var audiences) && audiences is IEnumerable<object?> audienceCodes ? [.. audienceCodes.Cast<string>()] : null,
        value.TryGetValue("contacts", out var contacts) && contacts is IEnumerable<object?> list ? [.. list.Cast<ContactInput>()] : null,
        value.TryGetValue("notes", out var notes) ? notes as string : null);
}

public sealed class AgreementInputType : InputObjectGraphType<AgreementInput>
{
    public AgreementInputType()
    {
        Name = "AgreementInput";
        Field<NonNullGraphType<UuidGraphType>>("partnerId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("brands").Description("Brand slugs; at least one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Market codes; none = every market.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("audiences").Description("Audience codes key messages are filtered by; none = every audience.");
        Field<DateOnlyGraphType>("startsOn").Description("First day in force (UTC); required without an event.");
        Field<DateOnlyGraphType>("endsOn").Description("Last day in force (UTC, inclusive); required without an event.");
        Field<UuidGraphType>("eventId").Description("An event of one of the brands; its dates are the period when none is given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AgreementInput(
        (Guid)value["partnerId"]!,
        value.TryGetValue("brands", out var brands) && brands is IEnumerable<object?> slugs ? [.. slugs.Cast<string>()] : [],
        value.TryGetValue("markets", out var markets) && markets is IEnumerable<object?> codes ? [.. codes.Cast<string>()] : null,
        value.TryGetValue("audiences", out var audiences) && audiences is IEnumerable<object?> audienceCodes ? [.. audienceCodes.Cast<string>()] : null,
        value.TryGetValue("startsOn", out var startsOn) ? startsOn as DateOnly? : null,
        value.TryGetValue("endsOn", out var endsOn) ? endsOn as DateOnly? : null,
        value.TryGetValue("eventId", out var eventId) ? eventId as Guid? : null);
}
