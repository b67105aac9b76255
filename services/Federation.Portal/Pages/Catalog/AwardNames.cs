using Federation.Contracts.Awards;
using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Awards;

namespace Federation.Portal.Pages.Catalog;

/// <summary>
/// A listing's award badges in the visitor's language. The catalogue keeps a badge's cycle name and label in
/// English only (holding their translations would take a catalogue migration); the city's awards service holds
/// every published cycle's translations, so a page with badges asks it once. Unanswered, the badges stay English.
/// </summary>
public sealed class AwardNames(IAwardsApi awards, IHttpContextAccessor http, ILogger<AwardNames> log)
{
    private Task<IReadOnlyDictionary<Guid, ResultsResponse>>? _published;

    /// <summary>The cycle's name, as text: a badge's words are one translated sentence.</summary>
    public async Task<string> CycleAsync(SolutionAward award) =>
        AwardWords.CycleNameText(award.CycleName, (await PublishedAsync()).GetValueOrDefault(award.CycleId)?.NameTranslations);

    /// <summary>The label won, as text; null for a finalist.</summary>
    public async Task<string?> LabelAsync(SolutionAward award) =>
        award.Standing != SolutionAward.Winner || award.Label is null ? null
        : AwardWords.LabelText(award.Label, (await PublishedAsync()).GetValueOrDefault(award.CycleId)?.LabelNames);

    private Task<IReadOnlyDictionary<Guid, ResultsResponse>> PublishedAsync() => _published ??= LoadAsync();

    private async Task<IReadOnlyDictionary<Guid, ResultsResponse>> LoadAsync()
    {
        try
        {
            return (await awards.ListResultsAsync(http.HttpContext?.RequestAborted ?? default)).ToDictionary(r => r.CycleId);
        }
        catch (Refit.ApiExceptionBase e)
        {
            log.LogWarning(e, "The awards service did not answer: award badges are shown in English");
            return new Dictionary<Guid, ResultsResponse>();
        }
    }
}
