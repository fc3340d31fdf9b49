using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Partners;
using GraphQL;

namespace BrandContent.Api.GraphQL.Partners;

/// <summary>What delivery counts of a partner key's reads (docs/architecture.md, "Partner activity").</summary>
public static class PartnerActivityRecording
{
    /// <summary>
    /// A partner key read the brand's key messages: counted with the brand's messaging version. The answer is then
    /// never kept by the response cache, since a cache hit runs no resolver and so would not be counted.
    /// </summary>
    public static async Task CountKeyMessagesReadAsync(this IResolveFieldContext context, Brand brand)
    {
        if (context.Caller().Partner is not { } partner)
        {
            return;
        }

        context.Answer().CountsEachRead();
        var messaging = await context.Delivery().Db.BrandMessagingAsync(brand.Id, context.CancellationToken);
        context.RequestServices!.GetRequiredService<PartnerActivityRecorder>()
            .Record(partner.PartnerId, partner.AgreementId, brand.Id, PartnerActivityKind.KeyMessages, messaging.Version);
    }
}
