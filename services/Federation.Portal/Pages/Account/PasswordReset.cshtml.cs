using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Account;

/// <summary>
/// Without a token: asks for the account's address and has a one-time link mailed to it (the answer is the same
/// whether the address has an account). With the link's token: the new password.
/// </summary>
public sealed class PasswordResetModel(IIdentityApi identity) : NewPasswordPage
{
    [BindProperty] public string? Email { get; set; }

    public bool Sent { get; private set; }

    protected override string Done => T["Your new password is set. Sign in with it."];

    protected override Task<bool> SetAsync(NewPasswordRequest request) =>
        CallAsync(ct => (Task)identity.CompletePasswordResetAsync(request, ct));

    public void OnGet() { }

    public async Task<IActionResult> OnPostRequestAsync()
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), T["Enter your e-mail address."]);
        if (ModelState.IsValid) Sent = await CallAsync(ct => identity.RequestPasswordResetAsync(new PasswordResetRequest(Email!.Trim()), ct));
        return Page();
    }

    protected override string FormField(string serviceField) => serviceField == "email" ? nameof(Email) : base.FormField(serviceField);
}
