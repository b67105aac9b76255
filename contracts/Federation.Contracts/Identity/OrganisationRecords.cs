namespace Federation.Contracts.Identity;

/// <summary>An organisation of a city's directory: an agency, a company or a research institute.</summary>
/// <param name="Kind"><c>agency</c>, <c>company</c> or <c>research</c>.</param>
/// <param name="Names">The name in each language given, by language tag (en, zh-TW, ko).</param>
/// <param name="Status"><c>pending</c> (registered, awaiting an agency), <c>active</c>, <c>suspended</c> or <c>rejected</c>.</param>
/// <param name="StatusReason">Why it was rejected or suspended.</param>
public record OrganisationResponse(
    Guid Id,
    string City,
    string Kind,
    IReadOnlyDictionary<string, string> Names,
    string Name,
    string? Website,
    string Status,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>Body of POST /api/organisations and PUT /api/organisations/{id} (an admin of the node).</summary>
public record OrganisationRequest(string? Kind, IReadOnlyDictionary<string, string>? Names, string? Website);

/// <summary>Body of a step that changes an organisation's standing: a rejection's or suspension's reason.</summary>
public record OrganisationDecisionRequest(string? Reason);

/// <summary>One entry of a node's audit log (GET /api/audit, admins only).</summary>
/// <param name="Action">e.g. <c>organisation.created</c>, <c>person.roles-changed</c>.</param>
/// <param name="Subject">e.g. <c>organisation/{id}</c>, <c>person/{id}</c>.</param>
/// <param name="Before">The record before, as the API shows it; null when it was created.</param>
public record AuditEntryResponse(long Id, DateTimeOffset At, string ActorId, string ActorName, string Action, string Subject,
    System.Text.Json.JsonElement? Before, System.Text.Json.JsonElement? After);
