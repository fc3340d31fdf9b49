using System.Globalization;
using System.Net.Mail;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>What a partner's input must be: each problem names its field, all of them at once.</summary>
internal static class PartnerRules
{
    public static async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, PartnerInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        var locales = (await db.Locales.Unarchived().Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        problems.InRange("names", input.Names.Count, 1, locales.Count);
        if (input.Names.Count <= locales.Count)
        {
            problems.Names(input.Names, locales, Partner.NameMaxLength);
        }

        var country = CountryCode.Normalize(input.Country);
        if (!CountryCode.IsWellFormed(country))
        {
            problems.Add(new FieldProblem("country", ValidationRule.Format, input.Country.Length > 10 ? input.Country[..10] : input.Country, "ISO 3166-1 alpha-2 (JP, FR)"));
        }

        await problems.ReferenceDataAsync(db, Normalized(input.Markets, MarketCode.Normalize), Normalized(input.Audiences, AudienceCode.Normalize), Partner.MaxMarkets, cancellationToken);
        var contacts = input.Contacts ?? [];
        problems.InRange("contacts", contacts.Count, 0, Partner.MaxContacts);
        for (var i = 0; i < Math.Min(contacts.Count, Partner.MaxContacts); i++)
        {
            Contact(problems, $"contacts[{i}]", contacts[i]);
        }

        problems.Text("notes", input.Notes, Partner.NotesMaxLength, required: false);
        if (PlainText.HasControlCharacter(input.Notes))
        {
            problems.Add(new FieldProblem("notes", ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(input.Notes!)));
        }

        return problems;
    }

    public static void Apply(Partner partner, PartnerInput input)
    {
        partner.Names = input.Names.ToDictionary(n => Localization.LocaleTag.Normalize(n.Key), n => n.Value.Trim());
        partner.Type = input.Type;
        partner.Country = CountryCode.Normalize(input.Country);
        partner.Markets = Normalized(input.Markets, MarketCode.Normalize);
        partner.Audiences = Normalized(input.Audiences, AudienceCode.Normalize);
        partner.Contacts = [.. (input.Contacts ?? []).Select(c => new PartnerContact { Name = c.Name.Trim(), Email = c.Email.Trim() })];
        partner.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
    }

    /// <summary>The values the audit log records: contacts are counted, not copied (personal data stays in one place).</summary>
    public static object Summary(Partner p) => new { p.Names, Type = p.Type.ToConstantCase(), p.Country, p.Markets, p.Audiences, Contacts = p.Contacts.Count, p.Notes };

    /// <summary>Markets and audiences must exist (and not be archived); at most <paramref name="max"/> of each.</summary>
    public static async Task ReferenceDataAsync(
        this List<FieldProblem> problems, BrandContentDb db, List<string> markets, List<string> audiences, int max, CancellationToken cancellationToken)
    {
        problems.InRange("markets", markets.Count, 0, max);
        if (markets.Count <= max)
        {
            problems.Exists("markets", markets, await db.Markets.Unarchived().Where(m => markets.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken));
        }

        problems.InRange("audiences", audiences.Count, 0, max);
        if (audiences.Count <= max)
        {
            problems.Exists("audiences", audiences, await db.Audiences.Where(a => audiences.Contains(a.Code)).Select(a => a.Code).ToListAsync(cancellationToken));
        }
    }

    public static List<string> Normalized(IReadOnlyList<string>? codes, Func<string, string> normalize) =>
        [.. (codes ?? []).Select(normalize).Where(c => c.Length > 0).Distinct()];

    private static void Contact(List<FieldProblem> problems, string field, ContactInput contact)
    {
        problems.Text($"{field}.name", contact.Name, PartnerContact.NameMaxLength);
        if (contact.Name.Length <= PartnerContact.NameMaxLength && contact.Name.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Control || c is '<' or '>'))
        {
            problems.Add(new FieldProblem($"{field}.name", ValidationRule.Format, contact.Name, "plain text on one line, without control characters or markup"));
        }

        problems.Text($"{field}.email", contact.Email, PartnerContact.EmailMaxLength);
        var email = contact.Email.Trim();
        if (email.Length is > 0 and <= PartnerContact.EmailMaxLength && !IsPlainAddress(email))
        {
            problems.Add(new FieldProblem($"{field}.email", ValidationRule.Format, email, "name@example.org"));
        }
    }

    /// <summary>An address alone (no display name, no comments, no control characters), as MailAddress reads it back.</summary>
    private static bool IsPlainAddress(string email) =>
        !email.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '(' or ')' or ',' or ';')
        && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.');
}
