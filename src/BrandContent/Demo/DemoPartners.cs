using System.Reflection;
using System.Text.Json;
using BrandContent.Partners;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Demo;

/// <summary>A demo partner (Demo/Partners/partners.json) with one agreement; brands by slug, an event as "brand/key".</summary>
internal sealed record PartnerEntry(
    string Key, Dictionary<string, string> Names, PartnerType Type, string Country, List<string> Markets, List<string> Audiences,
    List<ContactEntry> Contacts, string? Notes, AgreementEntry Agreement);

internal sealed record ContactEntry(string Name, string Email);

internal sealed record AgreementEntry(List<string> Brands, List<string> Markets, List<string> Audiences, DateOnly? StartsOn, DateOnly? EndsOn, string? Event);

/// <summary>
/// Five partners of the kinds the seed plans name, each with an agreement. No keys: a key is a secret, issued by an
/// administrator (issuePartnerKey), never part of demo content. Added when missing, by their fixed ids.
/// </summary>
internal static class DemoPartners
{
    public static async Task AddAsync(BrandContentDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = Read();
        var ids = entries.Select(e => DemoContent.Id("partner", e.Key)).ToList();
        var present = (await db.Partners.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var entry in entries.Where(e => !present.Contains(DemoContent.Id("partner", e.Key))))
        {
            var partnerId = DemoContent.Id("partner", entry.Key);
            db.Partners.Add(new Partner
            {
                Id = partnerId,
                Names = entry.Names,
                Type = entry.Type,
                Country = entry.Country,
                Markets = entry.Markets,
                Audiences = entry.Audiences,
                Contacts = [.. entry.Contacts.Select(c => new PartnerContact { Name = c.Name, Email = c.Email })],
                Notes = entry.Notes,
                CreatedAt = now,
            });
            var (startsOn, endsOn, eventId) = (entry.Agreement.StartsOn, entry.Agreement.EndsOn, (Guid?)null);
            if (entry.Agreement.Event is { } eventKey)
            {
                var tied = await db.Events.Where(e => e.Id == DemoContent.Id("event", eventKey)).Select(e => new { e.Id, e.StartsOn, e.EndsOn })
                    .FirstOrDefaultAsync(cancellationToken);
                if (tied is not null)
                {
                    (startsOn, endsOn, eventId) = (tied.StartsOn, tied.EndsOn, tied.Id);
                }
            }

            db.Agreements.Add(new Agreement
            {
                Id = DemoContent.Id("agreement", entry.Key),
                PartnerId = partnerId,
                Brands = [.. entry.Agreement.Brands.Select(slug => DemoContent.Id("brand", slug))],
                Markets = entry.Agreement.Markets,
                Audiences = entry.Agreement.Audiences,
                StartsOn = startsOn,
                EndsOn = endsOn,
                EventId = eventId,
                CreatedAt = now,
            });
        }
    }

    private static List<PartnerEntry> Read()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Demo.Partners.partners.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<List<PartnerEntry>>(stream, DemoJson.Options) ?? throw new InvalidDataException($"{name} is empty.");
    }
}
