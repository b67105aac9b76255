using Federation.Contracts.Awards;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>The secretariat's side of this city's awards service (only the secretariat's city serves it to anyone).</summary>
[AllowAnyStatusCode]
public interface ISecretariatApi
{
    // The secretariat's steps (opening a cycle, assignments, ranking, winners, publishing) are added here;
    // the public reads of cycles are on IAwardsApi.
}
