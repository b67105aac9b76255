namespace Federation.Identity.Features.Accounts;

/// <summary>A person to enrol, as an invitation or a registration names them; they sign in with their e-mail address.</summary>
internal sealed record NewPerson(string Email, string DisplayName, string Language)
{
    /// <param name="prefix">The fields' place in the body: "" at the top, "person." inside a registration.</param>
    public static NewPerson Read(InputProblems problems, string? email, string? displayName, string? language, string prefix = "")
    {
        var address = problems.Email($"{prefix}email", email);
        if (address is null && !problems.Any) problems.Add($"{prefix}email", FieldCodes.Required, $"{prefix}email is required.");
        var name = problems.Text($"{prefix}displayName", displayName, CityUser.MaxDisplayNameLength);
        var mailLanguage = string.IsNullOrWhiteSpace(language) ? "en"
            : CityUser.MailLanguages.FirstOrDefault(l => string.Equals(l, language.Trim(), StringComparison.OrdinalIgnoreCase));
        if (mailLanguage is null) problems.NotOneOf($"{prefix}language", CityUser.MailLanguages);
        return new((address ?? "").ToLowerInvariant(), name, mailLanguage ?? "en");
    }

    /// <summary>Creates the person without a password (they set it from the link) and not yet active.</summary>
    public async Task<CityUser> CreateAsync(UserManager<CityUser> users, Organisation organisation, IEnumerable<string> roles, ThisCity city)
    {
        var person = new CityUser
        {
            UserName = Email, Email = Email, DisplayName = DisplayName, Language = Language, City = city.Id,
            OrganisationId = organisation.Id, Organisation = organisation, IsActive = false, LockoutEnabled = true,
        };
        CityUsers.Check(await users.CreateAsync(person), Email);
        CityUsers.Check(await users.AddToRolesAsync(person, roles), Email);
        return person;
    }
}
