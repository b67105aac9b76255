using Federation.ServiceDefaults.Clients;
using Federation.Trials.Features.Applications;
using Federation.Trials.Tests.Domain;
using Microsoft.Extensions.Logging.Abstractions;

namespace Federation.Trials.Tests.Features;

/// <summary>
/// An application whose listing cannot be checked because this city's catalogue is down is "try again",
/// not the applicant's fault. (A listing the catalogue does not hold: Federation/InputTests.)
/// </summary>
public sealed class CatalogListingsTests
{
    [Fact]
    public async Task A_catalogue_that_does_not_answer_is_unavailable()
    {
        var application = new ApplicationInput("taipei", Guid.NewGuid(), null, "Fewer dark streets", "Xinyi", [], 6, 0.5m);
        var listings = new CatalogListings(SilentService.Client<ICatalogApi>("Catalog"), NullLogger<CatalogListings>.Instance);

        var (checkedInput, invalid, unavailable) = await listings.CheckAsync(application, "seoul", Cast.Applicant, CancellationToken.None);

        Assert.Null(checkedInput);
        Assert.Null(invalid);
        Assert.Equal(503, unavailable!.StatusCode);
    }

    [Fact]
    public async Task A_catalogue_that_takes_the_request_and_never_answers_is_unavailable_once_the_call_times_out()
    {
        var application = new ApplicationInput("taipei", Guid.NewGuid(), null, "Fewer dark streets", "Xinyi", [], 6, 0.5m);
        var (catalog, listener) = SilentService.Hanging<ICatalogApi>("Catalog");
        using var _ = listener;
        var listings = new CatalogListings(catalog, NullLogger<CatalogListings>.Instance);

        var (_, _, unavailable) = await listings.CheckAsync(application, "seoul", Cast.Applicant, CancellationToken.None);

        Assert.Equal(503, unavailable!.StatusCode);
    }
}
