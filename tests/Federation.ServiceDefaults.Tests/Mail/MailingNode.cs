using System.Collections.Concurrent;
using Federation.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults.Tests.Mail;

/// <summary>What a service records when it invites someone: saved together with the invitation mail.</summary>
public sealed class Invitation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string Email { get; init; } = "";
}

/// <summary>A service's own DbContext, as identity's will be: its state and its outgoing mail in one file.</summary>
public sealed class InvitingDbContext(DbContextOptions<InvitingDbContext> options) : DbContext(options), IMailDbContext
{
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    protected override void OnModelCreating(ModelBuilder model) => model.MapOutgoingMail();
}

/// <summary>Its schema is migrated at start as a service's is, so it has migrations of its own (<c>Mail/Migrations</c>).</summary>
internal sealed class InvitingDesignTime : DesignTimeStorage<InvitingDbContext>;

/// <summary>
/// A service host with a SQLite file and <c>AddMail</c>, as a city node registers them, and every log line
/// it writes (to check what is, and is not, logged).
/// </summary>
public sealed class MailingNode : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mail-tests-").FullName;
    private readonly LogLines _logs = new();
    private IHost? _host;

    public IReadOnlyCollection<string> Logs => _logs.Lines;
    public string DatabaseFile => Path.Combine(_folder, "node.db");
    public IServiceProvider Services => _host!.Services;

    /// <summary>Starts the host with these <c>Mail:*</c> settings; throws what the host throws (invalid options).</summary>
    public async Task StartAsync(Dictionary<string, string?> mailSettings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(mailSettings);
        builder.Configuration["ConnectionStrings:Node"] = $"Data Source={DatabaseFile}";
        // A short poll: the tests wait on delivery, the service's own poll is a safety net.
        builder.Configuration["Mail:PollInterval"] ??= "00:00:01";
        builder.Logging.AddProvider(_logs);
        // SQLite only (the node is never given Storage:Provider): mail is the same on either store.
        builder.AddDatabase<InvitingDbContext, InvitingDbContext>("Node");
        builder.AddMail<InvitingDbContext>();
        var host = builder.Build();
        try { await host.StartAsync(); }
        catch
        {
            host.Dispose(); // a host that failed to start cannot be stopped
            throw;
        }
        _host = host;
    }

    /// <summary>Invites <paramref name="email"/>: the invitation and its mail in one SaveChanges.</summary>
    public async Task InviteAsync(string email, string subject, string body)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvitingDbContext>();
        db.Invitations.Add(new Invitation { Email = email });
        db.QueueMail(email, "Invited person", subject, body);
        await db.SaveChangesAsync();
    }

    public async Task<OutgoingMail[]> OutgoingAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvitingDbContext>().OutgoingMails.AsNoTracking().ToArrayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
