using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Portal.Pages.Awards;

/// <summary>What the secretariat assigned the signed-in judge, per cycle: the entries, scored or not, and conflicts.</summary>
[Authorize(Roles = Roles.Judge)]
public sealed class AssignmentsModel(IAwardsApi awards) : PortalPage
{
    public IReadOnlyList<AssignmentResponse> Assignments { get; private set; } = [];

    /// <summary>The city's copies of the cycles, for their names in the page's language (an assignment carries only the English).</summary>
    public IReadOnlyDictionary<Guid, CycleResponse> Cycles { get; private set; } = new Dictionary<Guid, CycleResponse>();

    public async Task OnGetAsync()
    {
        Assignments = await CallAsync(ct => awards.MyAssignmentsAsync(ct)) ?? [];
        if (Assignments.Count > 0) Cycles = (await CallAsync(ct => awards.ListCyclesAsync(ct)))?.ToDictionary(c => c.Id) ?? [];
    }

    /// <summary>The judge's standing on one entry, in words.</summary>
    public string Standing(AssignmentResponse a, AssignedEntryResponse e) =>
        e.Conflict is { Recused: true } ? T["You are recused"]
        : e.Sheet is null ? T["Not scored"]
        : e.Sheet.Scores.Count < a.Criteria.Count ? T["Scored {0} of {1} criteria", e.Sheet.Scores.Count, a.Criteria.Count]
        : T["Scored"];
}
