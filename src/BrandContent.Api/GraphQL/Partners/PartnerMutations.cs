using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Partners;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Partners;

/// <summary>Partners, agreements and partner keys are administrators' work (AccessPolicy: ManagePartners).</summary>
public static class PartnerMutations
{
    public static void AddPartnerMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PartnerGraphType>>("createPartner")
            .Argument<NonNullGraphType<PartnerInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var partner = await delivery.Db.CreatePartnerAsync(ctx.GetArgument<PartnerInput>("input"), ctx.Edit("createPartner"), delivery.Now, ctx.CancellationToken);
                return new PartnerView(partner, []);
            });

        mutation.Field<NonNullGraphType<PartnerGraphType>>("updatePartner")
            .Description("Replaces a partner's values. With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument<NonNullGraphType<PartnerInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var partner = await delivery.Db.UpdatePartnerAsync(
                    ctx.GetArgument<Guid>("id"), ctx.GetArgument<long?>("expectedVersion") is { } v ? (uint)v : null,
                    ctx.GetArgument<PartnerInput>("input"), ctx.Edit("updatePartner"), delivery.Now, ctx.CancellationToken);
                return (await delivery.Db.PartnerViewsAsync([partner.Id], ctx.CancellationToken)).Single();
            });

        mutation.Field<NonNullGraphType<AgreementType>>("createAgreement")
            .Description("An agreement of a partner: brands, markets, audiences, and a period or an event of one of the brands.")
            .Argument<NonNullGraphType<AgreementInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var agreement = await delivery.Db.CreateAgreementAsync(ctx.GetArgument<AgreementInput>("input"), ctx.Edit("createAgreement"), delivery.Now, ctx.CancellationToken);
                return await delivery.Db.AgreementViewAsync(agreement, ctx.CancellationToken);
            });

        AddStatusChange(mutation, "endAgreement", AgreementStatus.Ended, "Ends the agreement for good: its keys are refused with AGREEMENT_ENDED at once, on every server.");
        AddStatusChange(mutation, "suspendAgreement", AgreementStatus.Suspended, "Suspends the agreement: its keys are refused with AGREEMENT_ENDED until it is resumed.");
        AddStatusChange(mutation, "resumeAgreement", AgreementStatus.Active, "Resumes a suspended agreement: its keys work again within its period.");

        mutation.Field<NonNullGraphType<CreatedApiKeyType>>("issuePartnerKey")
            .Description("A PARTNER key of the agreement, scoped to its brands and markets; its secret is returned once. "
                + "It works only while the agreement is in force, whatever its own expiry.")
            .Argument<NonNullGraphType<UuidGraphType>>("agreementId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<DateTimeOffsetGraphType>("expiresAt")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (key, token) = await delivery.Db.IssuePartnerKeyAsync(
                    ctx.GetArgument<Guid>("agreementId"), ctx.GetArgument<string>("name"), ctx.GetArgument<DateTimeOffset?>("expiresAt"),
                    ctx.Edit("issuePartnerKey"), delivery.Now, ctx.CancellationToken);
                return new CreatedApiKey(key, token);
            });
    }

    private static void AddStatusChange(ObjectGraphType mutation, string name, AgreementStatus status, string description) =>
        mutation.Field<NonNullGraphType<AgreementType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<StringGraphType>("reason", "Why (plain text), kept with the agreement and in the audit log.")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var agreement = await delivery.Db.SetAgreementStatusAsync(
                    ctx.GetArgument<Guid>("id"), status, ctx.GetArgument<string?>("reason"), ctx.Edit(name), delivery.Now, ctx.CancellationToken);
                return await delivery.Db.AgreementViewAsync(agreement, ctx.CancellationToken);
            });
}
