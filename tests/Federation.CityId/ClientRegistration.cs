using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Federation.CityId;

/// <summary>Creates the database and registers the configured clients before the provider serves anyone.</summary>
public static class ClientRegistration
{
    public static async Task RegisterClientsAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        // A test provider's schema is OpenIddict's and never changes under it: no migrations.
        await scope.ServiceProvider.GetRequiredService<CityIdDb>().Database.EnsureCreatedAsync(ct);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in scope.ServiceProvider.GetRequiredService<IOptions<CityIdOptions>>().Value.Clients)
        {
            // A database kept from an earlier start already has the client.
            if (await applications.FindByClientIdAsync(client.ClientId, ct) is not null) continue;
            await applications.CreateAsync(Describe(client), ct);
        }
    }

    private static OpenIddictApplicationDescriptor Describe(CityIdClient client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            // Consent is implicit: the city ID trusts every relying party it was configured with.
            ConsentType = ConsentTypes.Implicit,
            RedirectUris = { new Uri(client.RedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (client.PostLogoutRedirectUri is { Length: > 0 } signedOut)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(signedOut));
            descriptor.Permissions.Add(Permissions.Endpoints.EndSession);
        }
        return descriptor;
    }
}
