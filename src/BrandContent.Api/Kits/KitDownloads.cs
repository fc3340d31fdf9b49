using BrandContent.Api.Access;
using BrandContent.Partners;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.Kits;

/// <summary>
/// Records each kit or tokens download of a partner key (KIT or TOKENS, the version served) through the partner
/// activity recorder. A 304 counts too: the partner checked and holds that version. Other keys are not recorded.
/// </summary>
public sealed class KitDownloads(PartnerActivityRecorder recorder)
{
    public void Record(Caller caller, Guid brandId, KitDownload download, string etag)
    {
        if (caller.Partner is not { } partner)
        {
            return;
        }

        var kind = download switch
        {
            KitDownload.Zip => PartnerActivityKind.Kit,
            KitDownload.Tokens => PartnerActivityKind.Tokens,
            _ => throw new ArgumentOutOfRangeException(nameof(download), download, null),
        };
        recorder.Record(partner.PartnerId, partner.AgreementId, brandId, kind, etag.Trim('"'));
    }

    /// <summary>For an answer from the response cache, which keeps the brand's slug, not its id.</summary>
    public async Task RecordAsync(BrandContentDb db, Caller caller, string slug, KitDownload download, string etag, CancellationToken cancellationToken)
    {
        if (caller.Partner is null)
        {
            return;
        }

        // A brand removed since the answer was kept has nothing left to count against.
        if (await db.Brands.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken) is { } brandId)
        {
            Record(caller, brandId, download, etag);
        }
    }
}
