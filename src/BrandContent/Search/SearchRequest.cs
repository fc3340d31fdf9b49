using BrandContent.Localization;

namespace BrandContent.Search;

/// <summary>
/// One search of one brand: the text, the chain its hits are served in (a hit must match in the variant the chain
/// serves), the kinds asked for (already narrowed to what the caller may see), and the filters; a partner key's
/// agreement audiences narrow key messages (<see cref="Partners.AudienceReach"/>).
/// </summary>
public sealed record SearchRequest(
    SearchText Text,
    Guid BrandId,
    LocaleChain Chain,
    IReadOnlyCollection<ContentKind> Kinds,
    Guid? PillarId,
    IReadOnlyList<string> Markets,
    int First,
    SearchCursor? After,
    DateTimeOffset Now,
    IReadOnlyCollection<string>? ReachedAudiences = null);

/// <summary>One hit as the search statement found it: the entity, the locale it matched (and is served) in, its score and snippet.</summary>
public sealed record SearchMatch(string Kind, Guid Id, string Locale, float Score, string Headline);
