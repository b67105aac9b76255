using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Federation.CityId;

/// <summary>
/// A city's own digital ID ("Sign in with TaipeiPASS") as a small, real OpenID Connect provider for tests.
/// Not <c>Program</c>: test projects reference several web projects, each with a global Program.
/// </summary>
public sealed class CityIdApp
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = builder.Configuration.GetSection("CityId");
        builder.Services.Configure<CityIdOptions>(settings);
        var issuer = settings["Issuer"] is { Length: > 0 } configured ? new Uri(configured)
            : throw new InvalidOperationException("CityId:Issuer is required: tokens name it and clients check it.");

        var connection = builder.Configuration.GetConnectionString("CityId")
            ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"cityid-{Guid.NewGuid():N}.db")}";
        builder.Services.AddDbContext<CityIdDb>(db => db.UseSqlite(connection).UseOpenIddict());

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie => cookie.LoginPath = "/login");
        builder.Services.AddAntiforgery();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<CityIdDb>())
            .AddServer(server => server
                .SetIssuer(issuer)
                .SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                .AllowRefreshTokenFlow()
                .RegisterScopes(OpenIddict.Abstractions.OpenIddictConstants.Scopes.Email,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.Profile,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.OfflineAccess)
                // Keys live as long as the process, as does every test provider.
                .AddEphemeralEncryptionKey().AddEphemeralSigningKey()
                // Tests read the access token too; nothing but tests ever sees it.
                .DisableAccessTokenEncryption()
                .UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                // Tests serve it over http on 127.0.0.1.
                .DisableTransportSecurityRequirement());

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAntiforgery();
        app.MapSignInPage();
        app.MapConnectEndpoints();
        await app.Services.RegisterClientsAsync();
        await app.RunAsync();
    }
}
