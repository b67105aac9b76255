using System.Text.RegularExpressions;
using Federation.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Federation.Identity.Features.External;

/// <summary>A city ID provider, as <c>Identity:ExternalProviders:{key}</c> names it.</summary>
public sealed class ExternalProviderOptions
{
    /// <summary>What the sign-in button says: "Sign in with TaipeiPASS".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The provider's issuer; its endpoints and keys come from its discovery document.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>False only for a provider on plain http (the tests' own, on loopback).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

public sealed record ExternalProvider(string Key, string DisplayName)
{
    public string Scheme => ExternalProviders.SchemePrefix + Key;
}

/// <summary>
/// The city ID providers this node accepts, each an OpenID Connect sign-in of its own, added by configuration alone
/// (no code change): <c>Identity:ExternalProviders:{key}:DisplayName/Authority/ClientId/ClientSecret</c>. The provider
/// redirects back to <c>/signin-{key}</c>, the address to register with it.
/// </summary>
public sealed partial class ExternalProviders(IReadOnlyList<ExternalProvider> all)
{
    public const string Section = "Identity:ExternalProviders";
    public const string SchemePrefix = "external-";

    /// <summary>Carries the provider's key through the round trip, in the authentication properties.</summary>
    public const string ProviderItem = "provider";

    public IReadOnlyList<ExternalProvider> All => all;

    public ExternalProvider? Find(string? key) => all.FirstOrDefault(p => p.Key == key);

    /// <summary>Reads and checks every provider at start: a mistake stops the node with the setting named, not a sign-in later.</summary>
    public static IHostApplicationBuilder AddExternalProviders(IHostApplicationBuilder builder)
    {
        var authentication = builder.Services.AddAuthentication();
        var providers = new List<ExternalProvider>();
        foreach (var section in builder.Configuration.GetSection(Section).GetChildren())
        {
            var options = section.Get<ExternalProviderOptions>() ?? new();
            Check(section.Key, options);
            var provider = new ExternalProvider(section.Key, options.DisplayName);
            providers.Add(provider);
            authentication.AddOpenIdConnect(provider.Scheme, options.DisplayName, o =>
            {
                o.SignInScheme = Connect.SessionCookie.ExternalScheme;
                o.Authority = options.Authority;
                o.ClientId = options.ClientId;
                o.ClientSecret = options.ClientSecret;
                o.RequireHttpsMetadata = options.RequireHttpsMetadata;
                o.CallbackPath = $"/signin-{provider.Key}";
                o.ResponseType = "code";
                o.UsePkce = true;
                OpenIdConnectDefaultsForNodes.Apply(o);
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "email", "profile" }) o.Scope.Add(scope);
                // Claims as the provider names them (sub, email, email_verified), which the matching reads.
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.SaveTokens = false;
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/account/external?failed=" + Uri.EscapeDataString(provider.Key));
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }
        builder.Services.AddSingleton(new ExternalProviders(providers));
        builder.Services.AddScoped<ExternalLinks>();
        return builder;
    }

    private static void Check(string key, ExternalProviderOptions options)
    {
        var at = $"{Section}:{key}";
        string? problem =
            !KeyPattern().IsMatch(key) ? $"{at}: the key must be 1-30 lower-case letters, digits or '-' (it becomes the address /signin-{{key}})"
            : string.IsNullOrWhiteSpace(options.DisplayName) ? $"{at}:DisplayName is required (the button says \"Sign in with ...\")"
            : !Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("http" or "https")
                ? $"{at}:Authority must be the provider's absolute address"
            : options.RequireHttpsMetadata && authority.Scheme != "https" ? $"{at}:Authority must use https unless RequireHttpsMetadata is false"
            : string.IsNullOrWhiteSpace(options.ClientId) ? $"{at}:ClientId is required (the client id the provider gave this node)"
            : null;
        if (problem is not null) throw new OptionsValidationException(at, typeof(ExternalProviderOptions), [problem]);
    }

    [GeneratedRegex("^[a-z0-9-]{1,30}$")]
    private static partial Regex KeyPattern();
}
