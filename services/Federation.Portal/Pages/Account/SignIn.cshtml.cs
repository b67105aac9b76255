using System.Security.Claims;
using Federation.Contracts.Identity;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Account;

public sealed class SignInModel(IIdentityApi identity, SignInLimit limit, ILogger<SignInModel> logger) : PortalPage
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Set when the name or password is wrong or the account is locked (one message: names are not confirmed).</summary>
    public bool Refused { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName)) ModelState.AddModelError(nameof(UserName), T["Enter your user name."]);
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), T["Enter your password."]);
        if (!ModelState.IsValid) return Page();
        if (!limit.TryAcquire(HttpContext))
        {
            Problem = new Clients.ServiceProblem(StatusCodes.Status429TooManyRequests, null, new Dictionary<string, string[]>());
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            return Page();
        }

        var answer = await CallAsync(ct => identity.GetTokenAsync(new TokenRequest(UserName!.Trim(), Password), ct));
        if (answer is null)
        {
            // A wrong password and a locked account are told alike; a deactivated person or an organisation not
            // (yet) active is told why, which the identity service says only after the right password.
            Refused = Problem is { Status: 400 } refused && (refused.Detail is null
                || refused.Detail.StartsWith("The user name or password is wrong", StringComparison.Ordinal)
                || refused.Detail.StartsWith("Too many failed sign-ins", StringComparison.Ordinal));
            if (Refused) Problem = null;
            return Page();
        }
        var checkedToken = await PortalSignIn.CheckTokenAsync(HttpContext, answer.AccessToken);
        if (checkedToken is not { Succeeded: true, Principal.Identity: ClaimsIdentity user })
        {
            logger.LogWarning(checkedToken.Failure, "The identity service issued a token this portal refuses");
            Problem = Clients.ServiceProblem.Unreachable;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PortalSignIn.PrincipalOf(user, answer.AccessToken),
            new AuthenticationProperties { ExpiresUtc = checkedToken.Properties.ExpiresUtc, IsPersistent = false });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
