using Federation.Contracts.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Account;

/// <summary>
/// A page reached from an e-mailed one-time link: the person chooses a password, which the identity service
/// checks against its rules and the link. The token stays in the form, never in a cookie or log.
/// </summary>
public abstract class NewPasswordPage : PortalPage
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    /// <summary>Sends the token and password to the identity service; false with the problem set when refused.</summary>
    protected abstract Task<bool> SetAsync(NewPasswordRequest request);

    /// <summary>What the start page says once the password is set (signing in is then the identity service's page, a click away).</summary>
    protected abstract string Done { get; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), T["Enter your password."]);
        else if (Password != ConfirmPassword) ModelState.AddModelError(nameof(ConfirmPassword), T["The two passwords differ."]);
        if (!ModelState.IsValid || !await SetAsync(new NewPasswordRequest(Token, Password))) return Page();
        Confirm(Done);
        return Redirect("/");
    }

    protected override string FormField(string serviceField) => serviceField switch
    {
        "password" => nameof(Password),
        _ => serviceField,
    };
}
