extern alias trials;
using Federation.Contracts.Trials;
using Federation.Members;
using trials::Federation.Trials.Features.Certificates;

namespace Federation.Catalog.Tests.Federation;

/// <summary>Messages published straight onto taipei's broker, signed as a city's relay would (or forged).</summary>
internal static class SignedMessages
{
    public const string ReplicationErrors = "catalog-solution_error";

    /// <summary>The signer of <paramref name="city"/>'s node, with its real key.</summary>
    public static MessageSigner SignerOf(this CatalogFederation federation, string city, TimeProvider? time = null) =>
        new(NodeSigningKey.LoadOrCreate(federation.Brokers.SigningKeyFile(city)), city, time ?? TimeProvider.System);

    /// <summary>Publishes <paramref name="message"/> on taipei's broker with the headers of <paramref name="stamp"/>.</summary>
    public static Task PublishOnTaipeiAsync<T>(this CatalogFederation federation, T message, MessageStamp stamp) where T : class =>
        federation.Catalog("taipei").Services.GetRequiredService<IBus>().Publish(message, context => stamp.ApplyTo(context));

    /// <summary>Signed by taipei, as its relay would: a valid message from taipei.</summary>
    public static async Task PublishFromTaipeiAsync<T>(this CatalogFederation federation, T message, Guid messageId) where T : class
    {
        using var taipei = federation.SignerOf("taipei");
        await federation.PublishOnTaipeiAsync(message, taipei.Sign(message, messageId, null));
    }

    /// <summary>Waits until <paramref name="city"/>'s error queue holds the message, and returns why it was rejected.</summary>
    public static async Task<string> RejectionAsync(this CatalogFederation federation, string city, Guid messageId, string queue = ReplicationErrors)
    {
        var found = await Eventually.Value(
            async () => (await federation.Brokers.Broker(city).Management.PeekMessagesAsync(queue, 500)).FirstOrDefault(m => m.MessageId == messageId.ToString()),
            m => m is not null, Samples.Propagation, $"message {messageId} in {city}'s {queue}");
        return found!.Headers.GetValueOrDefault("MT-Fault-Message", "");
    }

    /// <summary>Whether <paramref name="messageId"/> is in the city's error queue now (see <see cref="RejectionAsync"/> to wait for one).</summary>
    public static async Task<bool> InErrorQueueAsync(this CatalogFederation federation, string city, Guid messageId, string queue = ReplicationErrors) =>
        (await federation.Brokers.Broker(city).Management.PeekMessagesAsync(queue, 500)).Any(m => m.MessageId == messageId.ToString());

    /// <summary>Where MassTransit puts what no consumer took: a message acknowledged by a filter must not end here.</summary>
    public const string ReplicationSkipped = "catalog-solution_skipped";

    public static async Task<bool> SkippedAsync(this CatalogFederation federation, string city, Guid messageId) =>
        await federation.InErrorQueueAsync(city, messageId, ReplicationSkipped);

    /// <summary>
    /// Publishes a new listing from taipei after whatever was published before it, and waits until <paramref name="city"/>
    /// holds it: one queue, consumed in order, so everything published earlier has been handled there by then, but for
    /// what was in flight beside it (the listings' consumer takes a group at once) and failed into a retry.
    /// </summary>
    public static async Task DrainedAsync(this CatalogFederation federation, string city)
    {
        var sentinel = Listing(Samples.Marker(), version: 1);
        await federation.PublishFromTaipeiAsync(new SolutionPublished(sentinel), NewId.NextGuid());
        await Samples.SearchUntilAsync(federation.Client(city), sentinel.Title["en"], p => p.Total == 1, $"{city} to apply the sentinel");
    }

    /// <summary>Taipei's verdict on a trial of seoul's <paramref name="solution"/>, its certificate signed by taipei's node.</summary>
    public static TrialVerified VerifiedInTaipei(this CatalogFederation federation, Guid trialId, SolutionResponse solution) =>
        federation.Verified("taipei", trialId, solution);

    /// <summary><paramref name="host"/>'s verdict on a trial of <paramref name="solution"/>, its certificate signed by that city's node.</summary>
    public static TrialVerified Verified(this CatalogFederation federation, string host, Guid trialId, SolutionResponse solution)
    {
        var certificate = new CertificateOfDemonstration(Guid.NewGuid(), trialId, solution.Id, solution.Title, solution.City, host,
            "Lights Co.", "Smart City Office", "Xinyi district", new TrialPeriod(new(2026, 1, 1), new(2026, 6, 30)),
            [new KpiAchieved("Energy saved", "%", 0, 40, 42, true)], "passed", "Saved more energy than agreed.", DateTimeOffset.UtcNow);
        using var signer = CertificateSigner.ForNode(federation.Brokers.SigningKeyFile(host), federation.Brokers.Members.Get(host));
        return new TrialVerified(trialId, solution.City, host, signer.Sign(certificate));
    }

    /// <summary>Published on <paramref name="city"/>'s broker, signed by that city as its relay would.</summary>
    public static async Task PublishFromAsync<T>(this CatalogFederation federation, string city, T message, Guid messageId) where T : class
    {
        using var signer = federation.SignerOf(city);
        var stamp = signer.Sign(message, messageId, null);
        await federation.Catalog(city).Services.GetRequiredService<IBus>().Publish(message, context => stamp.ApplyTo(context));
    }

    public static SolutionResponse Listing(string marker, long version, string city = "taipei")
    {
        var sample = Samples.StreetLamp(marker);
        var now = DateTimeOffset.UtcNow;
        return new SolutionResponse(Guid.NewGuid(), city, version, sample.Title!, sample.Summary!, sample.Domain!,
            sample.Provider!, sample.Maturity!, sample.Trl!.Value, sample.Tags!, sample.Contact, now, now);
    }
}
