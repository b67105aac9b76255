using Federation.Contracts.Awards;

namespace Federation.Portal.Pages.Awards;

/// <summary>What the _CycleResults partial shows: one cycle's results, under headings of the given level.</summary>
public sealed record ResultsView(ResultsResponse Results, int Level);
