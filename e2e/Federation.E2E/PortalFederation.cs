extern alias awards;
extern alias catalog;
extern alias portal;
extern alias trials;
using Federation.CityId;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using AwardsProgram = awards::Program;
using CatalogProgram = catalog::Program;
using PortalProgram = portal::Program;
using TrialsProgram = trials::Program;

namespace Federation.E2E;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with its identity, catalog, trials,
/// awards and portal services on their member-list ports (taipei hosts the secretariat, being the member
/// list's first city), and one headless Chromium. Tests share it but never each other's data: each lists
/// its own solutions with a unique title. A test runs its body through <see cref="RunAsync"/>, which gives
/// it browser pages and keeps screenshots and traces when it fails.
/// </summary>
public sealed class PortalFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];

    // Fifteen services logging every request would bury a failure's own output; the traces show the requests.
    private static readonly Dictionary<string, string> Quiet = new() { ["Logging:LogLevel:Default"] = "Warning" };

    private IPlaywright? _playwright;
    private string? _tracesDirectory;

    public FederationHost Host { get; private set; } = null!;

    public TestFederation Brokers => Host.Brokers;

    /// <summary>The SMTP server every city's identity service sends its invitations and password resets to.</summary>
    public MailInbox Inbox { get; private set; } = null!;

    /// <summary>Taipei's city ID ("TaipeiPASS"), a second OpenID Connect provider that taipei's identity service accepts.</summary>
    public CityIdProvider CityId { get; private set; } = null!;

    /// <summary>The resident TaipeiPASS knows, with a verified address that taipei's node may invite.</summary>
    public static readonly CityIdPerson CityIdResident = new("A223344556", "lee@dot.taipei.test", true, "Lee Wen-hsin", "TaipeiPASS-password-1");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>How long the brokers, the fifteen services and the browser took to start (printed when they have).</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>The city's portal, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string PortalUrl(string city) => ServiceUrl(city, "portal");

    /// <summary>Any service of the city on its member-list port ("catalog", "trials", "awards", "identity", "portal").</summary>
    public string ServiceUrl(string city, string service) => Brokers.ServiceUri(city, service);

    /// <summary>
    /// Runs one test's body with its own browser pages. When the body fails, a screenshot and the HTML of every
    /// open page and a Playwright trace of every browser context are kept under TestResults/e2e/&lt;Class.Test&gt;/
    /// (repository root), and the failure names them; a passing test keeps nothing. A theory passes its own
    /// <paramref name="test"/> per case, or its cases would share one folder.
    /// </summary>
    public async Task RunAsync(Func<PortalSession, Task> body, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        var name = $"{Path.GetFileNameWithoutExtension(file)}.{test}";
        var evidence = Path.Combine(Repository.Root, "TestResults", "e2e", name);
        // Evidence of an earlier failing run would pass for this run's.
        if (Directory.Exists(evidence)) Directory.Delete(evidence, recursive: true);
        await using var session = new PortalSession(this, name);
        try
        {
            await body(session);
        }
        catch (Exception failure)
        {
            var kept = await session.KeepEvidenceAsync(evidence);
            throw new PortalTestFailure(failure, evidence, kept);
        }
    }

    public Task<string> CreateUserAsync(string city, string name, string role, string organisation) =>
        Host.CreateUserAsync(city, name, role, organisation);

    /// <summary>
    /// A client of <paramref name="service"/> of the user's own city (e.g. "agency@taipei" and "catalog") sending
    /// the user's token, to arrange data quickly through the services' APIs rather than the pages.
    /// </summary>
    public Task<HttpClient> ApiAsync(string user, string service) => Host.ClientAsync(user, service);

    public static string CityOf(string user) => FederationHost.CityOf(user);

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Task<IBrowser>? browser = null;
        try
        {
            browser = StartBrowserAsync();
            Inbox = await MailInbox.StartAsync();
            // Every service on its member-list port, where the others and the browser reach it.
            Host = await FederationHost.For(Cities).WithSettings(Quiet).WithSettings(Inbox.Settings().ToDictionary(s => s.Key, s => s.Value!))
                .WithIdentitySettings((brokers, city) => city == "taipei" ? TaipeiPass(brokers) : null)
                .Serve<CatalogProgram>("catalog", listen: true)
                .Serve<TrialsProgram>("trials", listen: true)
                .Serve<AwardsProgram>("awards", listen: true)
                .Serve<PortalProgram>("portal", listen: true)
                .StartAsync();
            Browser = await browser;
            StartedIn = clock.Elapsed;
            Console.WriteLine($"PortalFederation started in {StartedIn.TotalSeconds:0.0} s at {Brokers.Root}");
        }
        catch
        {
            if (browser is not null)
                try { Browser = await browser; } catch (PlaywrightException) { } // closed below if it did start
            await DisposeAsync(); // xunit does not dispose a fixture that failed to start: its brokers would outlive the run
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        if (Inbox is not null) await Inbox.DisposeAsync();
        if (CityId is not null) await CityId.DisposeAsync();
        if (_tracesDirectory is not null)
            try { Directory.Delete(_tracesDirectory, recursive: true); } catch (IOException) { }
    }

    // Registered with taipei's identity service's own address, known once the federation's ports are.
    private Dictionary<string, string> TaipeiPass(TestFederation brokers)
    {
        const string secret = "taipeipass-secret-of-the-taipei-node";
        CityId = new CityIdProvider([CityIdResident], [new CityIdClient("taipei-node", secret, brokers.IdentityUri("taipei") + "/signin-taipeipass")]);
        return new()
        {
            ["Identity:ExternalProviders:taipeipass:DisplayName"] = "TaipeiPASS",
            ["Identity:ExternalProviders:taipeipass:Authority"] = CityId.Issuer.ToString(),
            ["Identity:ExternalProviders:taipeipass:ClientId"] = "taipei-node",
            ["Identity:ExternalProviders:taipeipass:ClientSecret"] = secret,
            ["Identity:ExternalProviders:taipeipass:RequireHttpsMetadata"] = "false",
        };
    }

    /// <summary>Where each context's trace is written while it records (the kept zip is copied out of it).</summary>
    internal string TracesDirectory => _tracesDirectory!;

    private async Task<IBrowser> StartBrowserAsync()
    {
        _tracesDirectory = Path.Combine(Path.GetTempPath(), "federation-e2e-traces", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_tracesDirectory);
        _playwright = await Playwright.CreateAsync();
        // Debian's Chromium: Playwright's own download cannot happen here (infra/prerequisites.sh installs it).
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            TracesDir = _tracesDirectory,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }
}

[CollectionDefinition(nameof(PortalFederation))]
public sealed class PortalFederationCollection : ICollectionFixture<PortalFederation>;

/// <summary>A journey that failed, with where its screenshots and traces were kept.</summary>
public sealed class PortalTestFailure(Exception failure, string folder, IReadOnlyList<string> files)
    : Exception(Describe(failure, folder, files), failure)
{
    private static string Describe(Exception failure, string folder, IReadOnlyList<string> files) =>
        // The first line says what failed; the inner exception below repeats it in full (call log, page snapshot).
        $"{failure.GetType().Name}: {failure.Message.Split('\n')[0].TrimEnd()}{Environment.NewLine}" +
        (files.Count == 0
            ? $"No page was open, so no screenshot or trace was kept ({folder})."
            : $"Evidence kept in {folder} (open a trace.zip at https://trace.playwright.dev, or with {TraceViewer} FILE):" +
              string.Concat(files.Select(f => $"{Environment.NewLine}  {f}")));

    // The driver Playwright bundles (node and its CLI) opens traces offline.
    private static string TraceViewer =>
        $"{Path.Combine(AppContext.BaseDirectory, ".playwright", "node", "linux-x64", "node")} {Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "cli.js")} show-trace";

    // The failure's own stack is the useful one; this wrapper's is only the rethrow.
    public override string? StackTrace => InnerException?.StackTrace;
}

/// <summary>The repository's root folder (the one holding Federation.sln), where TestResults lives.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }
}
