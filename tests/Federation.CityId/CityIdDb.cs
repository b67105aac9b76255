using Microsoft.EntityFrameworkCore;

namespace Federation.CityId;

/// <summary>Holds only OpenIddict's own tables (applications, authorizations, tokens); people live in configuration.</summary>
public sealed class CityIdDb(DbContextOptions<CityIdDb> options) : DbContext(options);
