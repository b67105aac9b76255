using Federation.Contracts;
using Federation.Contracts.Identity;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>This city's identity service: its people, organisations and accounts.</summary>
public interface IIdentityApi
{
    /// <summary>A user of this node; 404 when none has that name. Only an agency of the city may ask: pass its bearer token.</summary>
    [Get("/api/users/{userName}")]
    Task<CityUserResponse> GetUserAsync(string userName, [Header("Authorization")] string authorization, CancellationToken ct);

    // Accounts: anonymous, the link's token or the address is the credential.

    [Post("/api/registrations")]
    Task<RegistrationResponse> RegisterAsync([Body] RegistrationRequest request, CancellationToken ct);

    [Post("/api/invitations/acceptance")]
    Task<PersonResponse> AcceptInvitationAsync([Body] NewPasswordRequest request, CancellationToken ct);

    [Post("/api/password-resets")]
    Task RequestPasswordResetAsync([Body] PasswordResetRequest request, CancellationToken ct);

    [Post("/api/password-resets/completion")]
    Task<PersonResponse> CompletePasswordResetAsync([Body] NewPasswordRequest request, CancellationToken ct);

    // The directory: agencies and admins of the city, with their bearer token.

    [Get("/api/organisations")]
    Task<ResultPage<OrganisationResponse>> ListOrganisationsAsync(string? status, string? kind, int? page,
        [Header("Authorization")] string authorization, CancellationToken ct);

    [Get("/api/organisations/{id}")]
    Task<OrganisationResponse> GetOrganisationAsync(Guid id, [Header("Authorization")] string authorization, CancellationToken ct);

    [Post("/api/organisations")]
    Task<OrganisationResponse> CreateOrganisationAsync([Body] OrganisationRequest request, [Header("Authorization")] string authorization, CancellationToken ct);

    [Put("/api/organisations/{id}")]
    Task<OrganisationResponse> ChangeOrganisationAsync(Guid id, [Body] OrganisationRequest request, [Header("Authorization")] string authorization, CancellationToken ct);

    /// <param name="step"><c>approval</c>, <c>rejection</c>, <c>suspension</c> or <c>reinstatement</c>.</param>
    [Post("/api/organisations/{id}/{step}")]
    Task<OrganisationResponse> DecideOrganisationAsync(Guid id, string step, [Body] OrganisationDecisionRequest request,
        [Header("Authorization")] string authorization, CancellationToken ct);

    [Get("/api/people")]
    Task<ResultPage<PersonResponse>> ListPeopleAsync(Guid? organisationId, int? page, [Header("Authorization")] string authorization, CancellationToken ct);

    [Put("/api/people/{id}/roles")]
    Task<PersonResponse> ChangeRolesAsync(string id, [Body] RolesRequest request, [Header("Authorization")] string authorization, CancellationToken ct);

    /// <param name="step"><c>deactivation</c> or <c>reactivation</c>.</param>
    [Post("/api/people/{id}/{step}")]
    Task<PersonResponse> ChangePersonAsync(string id, string step, [Header("Authorization")] string authorization, CancellationToken ct);

    [Post("/api/invitations")]
    Task<PersonResponse> InviteAsync([Body] InvitationRequest request, [Header("Authorization")] string authorization, CancellationToken ct);

    [Get("/api/audit")]
    Task<ResultPage<AuditEntryResponse>> ListAuditAsync(string? subject, int? page, [Header("Authorization")] string authorization, CancellationToken ct);
}
