using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Federation.Identity.Users;

public sealed class UserDbContext(DbContextOptions<UserDbContext> options) : IdentityDbContext<CityUser, IdentityRole, string>(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<CityUser>(e =>
        {
            e.Property(u => u.City).HasMaxLength(100).IsRequired();
            e.Property(u => u.Organisation).HasMaxLength(CityUser.MaxOrganisationLength).IsRequired();
        });
    }
}
