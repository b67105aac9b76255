using OpenIddict.Abstractions;

namespace Federation.Identity.Features.Connect;

/// <summary>
/// Ends what a person holds at the provider: their refresh tokens and authorizations are revoked, so the portal's
/// next refresh fails and signs them out. An access token already issued lives out its (short) lifetime.
/// </summary>
public sealed class SessionEnd(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public async Task ForAsync(string personId, CancellationToken ct)
    {
        await tokens.RevokeBySubjectAsync(personId, ct);
        await authorizations.RevokeBySubjectAsync(personId, ct);
    }
}
