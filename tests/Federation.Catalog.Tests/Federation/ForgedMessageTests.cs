using System.Security.Cryptography;

namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// Forged listings published straight onto taipei's broker (as anyone with access to it could): no city
/// applies them, and every city's error queue says why.
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class ForgedMessageTests(CatalogFederation federation) : IDisposable
{
    private readonly FederationMeasurements _rejections = new("federation.messages.rejected");

    public void Dispose() => _rejections.Dispose();

    [Fact]
    public async Task A_listing_signed_with_seouls_key_but_claiming_taipei_is_applied_nowhere()
    {
        using var seoulPosingAsTaipei = new MessageSigner(SeoulKey(), "taipei", TimeProvider.System);

        await PublishForgedAsync(seoulPosingAsTaipei, "does not carry a valid signature of 'taipei'", Rejections.BadSignature);
    }

    [Fact]
    public async Task A_listing_signed_with_a_key_no_member_holds_is_applied_nowhere()
    {
        using var stranger = new MessageSigner(ECDsa.Create(ECCurve.NamedCurves.nistP256), "taipei", TimeProvider.System);

        await PublishForgedAsync(stranger, "does not carry a valid signature of 'taipei'", Rejections.BadSignature);
    }

    [Fact]
    public async Task A_listing_from_a_city_that_is_not_a_member_is_applied_nowhere()
    {
        using var tokyo = new MessageSigner(ECDsa.Create(ECCurve.NamedCurves.nistP256), "tokyo", TimeProvider.System);

        await PublishForgedAsync(tokyo, "'tokyo' is not a member city", Rejections.UnknownOrigin, origin: "tokyo");
    }

    [Fact]
    public async Task A_listing_altered_after_taipei_signed_it_is_applied_nowhere()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 1);
        using var taipei = federation.SignerOf("taipei");
        var stamp = taipei.Sign(new SolutionPublished(listing), NewId.NextGuid(), null);

        var altered = listing with { Provider = listing.Provider with { Website = "https://evil.example" } };
        await federation.PublishOnTaipeiAsync(new SolutionPublished(altered), stamp);

        await AssertRejectedEverywhereAsync(listing, stamp.MessageId, "does not carry a valid signature", Rejections.BadSignature);
    }

    [Theory]
    [InlineData(-15 * 24 * 60, "more than 14 days ago")]
    [InlineData(10, "sent in the future")]
    public async Task A_listing_signed_by_taipei_outside_the_time_window_is_applied_nowhere(int minutes, string reason)
    {
        using var taipeiWithWrongClock = federation.SignerOf("taipei", new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(minutes)));

        await PublishForgedAsync(taipeiWithWrongClock, reason, Rejections.Stale);
    }

    [Fact]
    public async Task A_listing_without_a_signature_is_applied_nowhere()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 1);
        var messageId = NewId.NextGuid();
        using var taipei = federation.SignerOf("taipei");
        var stamp = taipei.Sign(new SolutionPublished(listing), messageId, null) with { Signature = "" };

        await federation.PublishOnTaipeiAsync(new SolutionPublished(listing), stamp);

        await AssertRejectedEverywhereAsync(listing, messageId, "has no valid signature header", Rejections.MissingHeader);
    }

    [Fact]
    public async Task A_signed_listing_published_again_is_acknowledged_as_a_duplicate_in_every_city_and_kept_out_of_the_error_queues()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 1);
        using var taipei = federation.SignerOf("taipei");
        var stamp = taipei.Sign(new SolutionPublished(listing), NewId.NextGuid(), null);
        await federation.PublishOnTaipeiAsync(new SolutionPublished(listing), stamp);
        await Samples.SearchUntilAsync(federation.Client("seoul"), listing.Title["en"], p => p.Total == 1, "seoul to apply the original");

        await federation.PublishOnTaipeiAsync(new SolutionPublished(listing), stamp);

        foreach (var city in CatalogFederation.Cities.Where(c => c != "taipei"))
        {
            await federation.DrainedAsync(city);
            Assert.False(await federation.InErrorQueueAsync(city, stamp.MessageId), $"{city} put a redelivery in its error queue");
            Assert.Equal(1, await federation.Catalog(city).WithScopeAsync<CatalogDbContext, int>(
                db => db.ProcessedMessages.CountAsync(m => m.MessageId == stamp.MessageId)));
        }
        // taipei signed it: its own broadcast, which it never applies (see OwnBroadcastTests).
        Assert.False(await federation.InErrorQueueAsync("taipei", stamp.MessageId));
    }

    private async Task PublishForgedAsync(MessageSigner signer, string reason, string code, string origin = "taipei")
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 1);
        var stamp = signer.Sign(new SolutionPublished(listing), NewId.NextGuid(), null);
        await federation.PublishOnTaipeiAsync(new SolutionPublished(listing), stamp);
        await AssertRejectedEverywhereAsync(listing, stamp.MessageId, reason, code, origin);
    }

    private async Task AssertRejectedEverywhereAsync(SolutionResponse listing, Guid messageId, string reason, string code, string origin = "taipei")
    {
        foreach (var city in CatalogFederation.Cities)
        {
            Assert.Contains(reason, await federation.RejectionAsync(city, messageId));
            // In the error queue means consumed: had anything been applied, it would be there by now.
            Assert.False(await federation.Catalog(city).WithScopeAsync<CatalogDbContext, bool>(
                db => db.Solutions.AnyAsync(s => s.Id == listing.Id)), $"{city} applied the forged listing");
        }
        Assert.Contains(_rejections.Seen, m => m["reason"] == code && m["origin"] == origin);
    }

    private ECDsa SeoulKey() => Members.NodeSigningKey.LoadOrCreate(federation.Brokers.SigningKeyFile("seoul"));
}
