namespace Federation.Identity.Users;

public static class UserStore
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Users and roles in the node's database (<c>ConnectionStrings:{name}</c>), created at start
    /// with this city's roles (and the dev users, when a file names them), plus a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddUserStore(this IHostApplicationBuilder builder, string name)
    {
        builder.AddDatabase<UserDbContext, PostgresUserDbContext>(name);
        builder.Services.AddIdentityCore<CityUser>(o =>
            {
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<UserDbContext>();
        builder.Services.AddScoped<CityUsers>();
        builder.Services.AddHostedService<UserStoreInitializer>();
        return builder;
    }
}
