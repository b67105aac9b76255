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

/// <summary>A person of a city's node, as its admins (and their own organisation's people) see them.</summary>
/// <param name="UserName">What they sign in with: their e-mail address (the development seed's users: <c>agency@taipei</c>).</param>
/// <param name="Status"><c>invited</c> (no password set yet), <c>active</c> or <c>deactivated</c>.</param>
/// <param name="Language">The language of their e-mails: en, zh-TW or ko.</param>
public record PersonResponse(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    string City,
    Guid OrganisationId,
    string Organisation,
    IReadOnlyList<string> Roles,
    string Status,
    string Language);

/// <summary>Body of POST /api/invitations: a person to enrol, who sets their own password from the e-mailed link.</summary>
public record InvitationRequest(string? Email, string? DisplayName, Guid? OrganisationId, IReadOnlyList<string?>? Roles, string? Language);

/// <summary>Body of PUT /api/people/{id}/roles (an admin of the node).</summary>
public record RolesRequest(IReadOnlyList<string?>? Roles);

/// <summary>Body of POST /api/invitations/acceptance and /api/password-resets/completion: the link's token and the new password.</summary>
public record NewPasswordRequest(string? Token, string? Password);

/// <summary>Body of POST /api/password-resets: the address of the account; the answer is the same whether it has one.</summary>
public record PasswordResetRequest(string? Email);

/// <summary>Body of POST /api/registrations: a company or institute and its first person, to be approved by an agency of the city.</summary>
public record RegistrationRequest(OrganisationRequest? Organisation, RegistrantRequest? Person);

public record RegistrantRequest(string? Email, string? DisplayName, string? Language);

/// <summary>The answer to a registration: the pending organisation and its first person, who gets a link to set a password.</summary>
public record RegistrationResponse(OrganisationResponse Organisation, PersonResponse Person);
