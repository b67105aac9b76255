using Federation.Identity.Features.Tokens;

namespace Federation.Identity.Features.Accounts;

/// <summary>How people come to have accounts: invitations, self-registration of companies, and password resets.</summary>
public static class AccountEndpoints
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/invitations", Invitations.Invite).WithTags("Accounts").RequireAuthorization()
            .WithSummary("Invite a person into an organisation with roles: they get a one-time link to set their password");
        // Anonymous: the one-time link or the e-mail address is the credential; each address's requests are capped.
        var open = app.MapGroup("/api").WithTags("Accounts").AllowAnonymous().RequireRateLimiting(TokenRateLimit.Policy);
        open.MapPost("/invitations/acceptance", Invitations.Accept)
            .WithSummary("Set the first password from an invitation or registration link");
        open.MapPost("/registrations", Registrations.Register)
            .WithSummary("Register a company or institute and its first person; an agency of the city approves it");
        open.MapPost("/password-resets", PasswordResets.Request)
            .WithSummary("Send a one-time password-reset link to the address, if it has an account (the answer is the same either way)");
        open.MapPost("/password-resets/completion", PasswordResets.Complete)
            .WithSummary("Set a new password from a password-reset link");
    }
}
